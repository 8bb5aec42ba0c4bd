import { ZScorecardInputSchema, ZScorecardLevelInputSchema } from '../../shared/schemas/query.ts';
import { getScorecardFigures, getStateScorecard } from '../services/scorecard.ts';
import { authedProcedure, router } from '../trpc/trpc.ts';

export const scorecardRouter = router({
  state: authedProcedure
    .input(ZScorecardInputSchema)
    .query(({ ctx, input }) => getStateScorecard(ctx.readDb, input.year, ctx.now())),
  /** The indicator × territory matrix: the service of GET /api/v1/scorecard, so both say the same. */
  level: authedProcedure
    .input(ZScorecardLevelInputSchema)
    .query(({ ctx, input }) => getScorecardFigures(ctx.readDb, input, ctx.user, ctx.now())),
});
