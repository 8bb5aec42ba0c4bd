import { ZTerritoryInputSchema } from '../../shared/schemas/query.ts';
import { getRegionalBrief } from '../services/regional-brief.ts';
import { getTerritoryTree, getTerritoryView } from '../services/territory-view.ts';
import { authedProcedure, router } from '../trpc/trpc.ts';

export const territoryRouter = router({
  tree: authedProcedure.query(({ ctx }) => getTerritoryTree(ctx.readDb, ctx.user)),
  view: authedProcedure
    .input(ZTerritoryInputSchema)
    .query(({ ctx, input }) => getTerritoryView(ctx.readDb, input, ctx.user, ctx.now())),
  brief: authedProcedure
    .input(ZTerritoryInputSchema)
    .query(({ ctx, input }) => getRegionalBrief(ctx.readDb, input, ctx.user, ctx.now())),
});
