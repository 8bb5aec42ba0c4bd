import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { canManageUsers } from '../../shared/domain/permissions.ts';
import { AppError, TRPC_CODE } from '../errors.ts';
import type { Context } from './context.ts';

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    // Unexpected errors never leak internals to the page: the user reads a Portuguese sentence.
    const isExpected = error.cause instanceof AppError || error.code !== 'INTERNAL_SERVER_ERROR';
    const message =
      error.cause instanceof ZodError
        ? error.cause.issues.map((issue) => issue.message).join(' ')
        : isExpected
          ? shape.message
          : 'Erro interno do servidor. Tente novamente; se persistir, avise o suporte.';
    return {
      ...shape,
      message,
      data: { ...shape.data, stack: undefined },
    };
  },
});

/** Maps our AppError to the matching tRPC error, in one place. */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: TRPC_CODE[cause.code], message: cause.message, cause });
  }
  return result;
});

export const router = t.router;

/** Every procedure needs a signed-in user: there is no anonymous tRPC call. */
export const authedProcedure = t.procedure.use(appErrors).use(async ({ ctx, next }) => {
  if (!ctx.user)
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sua sessão terminou. Entre novamente.' });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

export const adminProcedure = authedProcedure.use(async ({ ctx, next }) => {
  if (!canManageUsers(ctx.user))
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Só o administrador pode fazer isto.' });
  return next();
});
