import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
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
export const publicProcedure = t.procedure.use(appErrors);
