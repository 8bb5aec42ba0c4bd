import type { CreateExpressContextOptions } from '@trpc/server/adapters/express';
import type { Db } from '../db/client.ts';
import { authOf } from '../http/authenticate.ts';
import type { AuthenticatedUser } from '../services/auth.ts';

/** What every procedure receives. The clock is injected so tests can freeze it. */
export type Context = { db: Db; now: () => Date; user: AuthenticatedUser | null };

export function createContextFactory(db: Db, now: () => Date) {
  return ({ res }: CreateExpressContextOptions): Context => {
    const auth = authOf(res);
    return { db, now, user: auth.kind === 'user' ? auth.user : null };
  };
}
