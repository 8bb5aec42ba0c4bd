import { ZReopenMonthInputSchema } from '../../shared/schemas/data-entry.ts';
import { getDataClosures, reopenMonth } from '../services/data-closing.ts';
import { adminProcedure, authedProcedure, router } from '../trpc/trpc.ts';

export const dataClosingRouter = router({
  list: authedProcedure.query(({ ctx }) => getDataClosures(ctx.readDb)),
  reopen: adminProcedure
    .input(ZReopenMonthInputSchema)
    .mutation(({ ctx, input }) => reopenMonth(ctx.db, ctx.user, input, ctx.now())),
});
