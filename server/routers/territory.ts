import { ZMapTerritoryInputSchema, ZTerritoryInputSchema } from '../../shared/schemas/query.ts';
import { readPolygonCodes } from '../api/boundaries.ts';
import { getRegionalBrief } from '../services/regional-brief.ts';
import { getMapTerritories, getTerritoryTree, getTerritoryView } from '../services/territory-view.ts';
import { authedProcedure, router } from '../trpc/trpc.ts';

export const territoryRouter = router({
  tree: authedProcedure.query(({ ctx }) => getTerritoryTree(ctx.readDb, ctx.user, ctx.now())),
  map: authedProcedure
    .input(ZMapTerritoryInputSchema)
    .query(async ({ ctx, input }) =>
      getMapTerritories(ctx.readDb, ctx.user, input.code, await readPolygonCodes(), ctx.now()),
    ),
  view: authedProcedure
    .input(ZTerritoryInputSchema)
    .query(({ ctx, input }) => getTerritoryView(ctx.readDb, input, ctx.user, ctx.now())),
  brief: authedProcedure
    .input(ZTerritoryInputSchema)
    .query(({ ctx, input }) => getRegionalBrief(ctx.readDb, input, ctx.user, ctx.now())),
});
