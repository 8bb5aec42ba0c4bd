import { initTRPC, TRPCError } from '@trpc/server';
import { canManageUsers } from '../../shared/domain/permissions.ts';
import { inputErrorMessage, z } from '../../shared/schemas/zod-locale.ts';
import { TRPC_MAX_BODY_BYTES } from '../../shared/trpc-limits.ts';
import { AppError, TRPC_CODE } from '../errors.ts';
import type { Context } from './context.ts';

/**
 * What the user reads when tRPC itself refuses a request (bad JSON, unknown procedure, too big a
 * body or batch…): its own messages are English and name internals, so they never reach the page.
 */
const TRPC_OWN_MESSAGES: Partial<Record<TRPCError['code'], string>> = {
  PARSE_ERROR: 'Requisição inválida: o conteúdo enviado não é um JSON válido.',
  BAD_REQUEST: 'Requisição inválida: confira os dados enviados.',
  NOT_FOUND: 'Operação não encontrada.',
  METHOD_NOT_SUPPORTED: 'Método não permitido para esta operação.',
  UNSUPPORTED_MEDIA_TYPE: 'Tipo de conteúdo não aceito: envie JSON.',
  PAYLOAD_TOO_LARGE: `Requisição grande demais (o limite é de ${TRPC_MAX_BODY_BYTES / 1024 / 1024} MB).`,
};
const UNEXPECTED_MESSAGE = 'Erro interno do servidor. Tente novamente; se persistir, avise o suporte.';

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const message =
      error.cause instanceof AppError
        ? error.cause.message
        : error.cause instanceof z.ZodError
          ? inputErrorMessage(error.cause)
          : (TRPC_OWN_MESSAGES[error.code] ?? UNEXPECTED_MESSAGE);
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
  if (!ctx.user) throw new AppError('UNAUTHORIZED', 'Sua sessão terminou. Entre novamente.');
  return next({ ctx: { ...ctx, user: ctx.user } });
});

export const adminProcedure = authedProcedure.use(async ({ ctx, next }) => {
  if (!canManageUsers(ctx.user)) throw new AppError('FORBIDDEN', 'Só o administrador pode fazer isto.');
  return next();
});
