import { ZAnalysesQuerySchema, ZAnalysisInputSchema } from '../../shared/schemas/analysis.ts';
import { getAnalyses, writeAnalysis } from '../services/analyses.ts';
import { authedProcedure, router } from '../trpc/trpc.ts';

export const analysisRouter = router({
  list: authedProcedure
    .input(ZAnalysesQuerySchema)
    .query(({ ctx, input }) => getAnalyses(ctx.readDb, ctx.user, input, ctx.now())),
  write: authedProcedure
    .input(ZAnalysisInputSchema)
    .mutation(({ ctx, input }) => writeAnalysis(ctx.db, ctx.user, input, ctx.now())),
});
