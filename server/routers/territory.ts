import { ZTerritoryInputSchema } from '../../shared/schemas/query.ts';
import { getTerritoryTree, getTerritoryView } from '../services/territory-view.ts';
import { publicProcedure, router } from '../trpc/trpc.ts';

export const territoryRouter = router({
  tree: publicProcedure.query(({ ctx }) => getTerritoryTree(ctx.db)),
  view: publicProcedure
    .input(ZTerritoryInputSchema)
    .query(({ ctx, input }) => getTerritoryView(ctx.db, input)),
});
