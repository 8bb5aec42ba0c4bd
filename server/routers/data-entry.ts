import {
  ZEntryGridInputSchema,
  ZEntrySaveInputSchema,
  ZValueHistoryInputSchema,
} from '../../shared/schemas/data-entry.ts';
import { getEntryGrid, getValueHistory, saveEntryCells } from '../services/data-entry.ts';
import { authedProcedure, router } from '../trpc/trpc.ts';

export const dataEntryRouter = router({
  grid: authedProcedure
    .input(ZEntryGridInputSchema)
    .query(({ ctx, input }) => getEntryGrid(ctx.readDb, ctx.user, input, ctx.now())),
  save: authedProcedure
    .input(ZEntrySaveInputSchema)
    .mutation(({ ctx, input }) => saveEntryCells(ctx.db, ctx.user, input, ctx.now())),
  history: authedProcedure
    .input(ZValueHistoryInputSchema)
    .query(({ ctx, input }) => getValueHistory(ctx.readDb, ctx.user, input)),
});
