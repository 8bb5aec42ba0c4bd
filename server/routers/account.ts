import { ZSetRemindersSchema } from '../../shared/schemas/user.ts';
import { getOwnAccount, setOwnReminders } from '../services/users.ts';
import { authedProcedure, router } from '../trpc/trpc.ts';

/** Minha conta: what every signed-in user decides for themselves. */
export const accountRouter = router({
  settings: authedProcedure.query(({ ctx }) => getOwnAccount(ctx.readDb, ctx.user)),
  setReminders: authedProcedure
    .input(ZSetRemindersSchema)
    .mutation(({ ctx, input }) => setOwnReminders(ctx.db, ctx.user, input, ctx.now())),
});
