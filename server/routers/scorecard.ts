import { ZScorecardInputSchema } from '../../shared/schemas/query.ts';
import { getStateScorecard } from '../services/scorecard.ts';
import { publicProcedure, router } from '../trpc/trpc.ts';

export const scorecardRouter = router({
  state: publicProcedure
    .input(ZScorecardInputSchema)
    .query(({ ctx, input }) => getStateScorecard(ctx.db, input.year)),
});
