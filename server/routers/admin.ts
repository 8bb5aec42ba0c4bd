import {
  ZAuditFilterSchema,
  ZCreateUserSchema,
  ZIssueTokenSchema,
  ZReleaseLoginHoldSchema,
  ZResetPasswordSchema,
  ZRevokeTokenSchema,
  ZUpdateUserSchema,
} from '../../shared/schemas/user.ts';
import { issueToken, listTokens, revokeToken } from '../services/api-tokens.ts';
import { listAuditPage } from '../services/audit.ts';
import { listLoginHolds, releaseLoginHold } from '../services/login-throttle.ts';
import { changeUser, createUser, listAllUsers, resetPassword } from '../services/users.ts';
import { adminProcedure, router } from '../trpc/trpc.ts';

export const adminRouter = router({
  users: adminProcedure.query(({ ctx }) => listAllUsers(ctx.readDb)),
  createUser: adminProcedure
    .input(ZCreateUserSchema)
    .mutation(({ ctx, input }) => createUser(ctx.db, ctx.user, input, ctx.now())),
  updateUser: adminProcedure
    .input(ZUpdateUserSchema)
    .mutation(({ ctx, input }) => changeUser(ctx.db, ctx.user, input, ctx.now())),
  resetPassword: adminProcedure
    .input(ZResetPasswordSchema)
    .mutation(({ ctx, input }) => resetPassword(ctx.db, ctx.user, input, ctx.now())),
  loginHolds: adminProcedure.query(({ ctx }) => listLoginHolds(ctx.readDb, ctx.now())),
  releaseLoginHold: adminProcedure
    .input(ZReleaseLoginHoldSchema)
    .mutation(({ ctx, input }) => releaseLoginHold(ctx.db, ctx.user, input.key, ctx.now())),
  tokens: adminProcedure.query(({ ctx }) => listTokens(ctx.readDb)),
  issueToken: adminProcedure
    .input(ZIssueTokenSchema)
    .mutation(({ ctx, input }) => issueToken(ctx.db, ctx.user, input.name, ctx.now())),
  revokeToken: adminProcedure
    .input(ZRevokeTokenSchema)
    .mutation(({ ctx, input }) => revokeToken(ctx.db, ctx.user, input.id, ctx.now())),
  audit: adminProcedure.input(ZAuditFilterSchema).query(({ ctx, input }) => listAuditPage(ctx.readDb, input)),
});
