import type { Response } from 'express';
import type { Db } from '../db/client.ts';
import { authOf } from '../http/authenticate.ts';
import type { AuthenticatedUser } from '../services/auth.ts';

/** What every procedure receives. The clock is injected so tests can freeze it. */
/** `db` for mutations; `readDb` for queries, so pages stay responsive during a long write. */
export type Context = { db: Db; readDb: Db; now: () => Date; user: AuthenticatedUser | null };

export function createContextFactory(db: Db, readDb: Db, now: () => Date) {
  return ({ res }: { res: Response }): Context => {
    const auth = authOf(res);
    return { db, readDb, now, user: auth.kind === 'user' ? auth.user : null };
  };
}
