import type { TRPCError } from '@trpc/server';
import { logError } from '../logging.ts';

/** The user reads a generic sentence; the detail of unexpected errors goes to the log. */
export function logUnexpectedTrpcError({ error, path }: { error: TRPCError; path?: string }): void {
  if (error.code === 'INTERNAL_SERVER_ERROR') logError(`tRPC ${path ?? ''}`, error.cause ?? error);
}
