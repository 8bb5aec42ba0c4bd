import { TRPCClientError } from '@trpc/client';

const CONNECTION_MESSAGE = 'Não foi possível falar com o servidor. Verifique a conexão e tente novamente.';

/** True when the server answered with an error (its message is a Portuguese sentence for the user). */
export function isServerAnswer(error: unknown): boolean {
  return error instanceof TRPCClientError && typeof error.data?.httpStatus === 'number';
}

/** The sentence to show for a failed request: the server's own message, or a Portuguese fallback. */
export function errorMessage(error: unknown): string {
  if (isServerAnswer(error) && error instanceof Error && error.message) return error.message;
  return CONNECTION_MESSAGE;
}

export function errorCode(error: unknown): string | null {
  if (error instanceof TRPCClientError && typeof error.data?.code === 'string') return error.data.code;
  return null;
}

export function isNotFound(error: unknown): boolean {
  return errorCode(error) === 'NOT_FOUND';
}

export function isBadRequest(error: unknown): boolean {
  return errorCode(error) === 'BAD_REQUEST';
}
