import { authedProcedure, router } from '../trpc/trpc.ts';

export const authRouter = router({
  /** The signed-in user: name, role and scope, for the header and for hiding what would be refused. */
  me: authedProcedure.query(({ ctx }) => ctx.user),
});
