import type { Db } from '../db/client.ts';

/** What every procedure receives. The clock is injected so tests can freeze it. */
export type Context = { db: Db; now: () => Date };

export function createContextFactory(db: Db, now: () => Date = () => new Date()) {
  return (): Context => ({ db, now });
}
