import { ZScorecardInputSchema } from '../../shared/schemas/query.ts';
import { getStateScorecard } from '../services/scorecard.ts';
import { authedProcedure, router } from '../trpc/trpc.ts';

export const scorecardRouter = router({
  state: authedProcedure
    .input(ZScorecardInputSchema)
    .query(({ ctx, input }) => getStateScorecard(ctx.readDb, input.year, ctx.now())),
});
