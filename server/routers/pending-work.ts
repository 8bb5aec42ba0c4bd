import { getPendingWork } from '../services/pending-work.ts';
import { authedProcedure, router } from '../trpc/trpc.ts';

export const pendingWorkRouter = router({
  /** The reader's pendências before the next reunião de condução (and everyone's, for the superintendência). */
  mine: authedProcedure.query(({ ctx }) => getPendingWork(ctx.readDb, ctx.user, ctx.now())),
});
