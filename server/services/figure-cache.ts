/**
 * Figures computed once per change of the data (issue 14). Each request reads the data's revision
 * (one row, bumped in the commit of every write transaction: db/knex-clients.ts) and the day in
 * Mato Grosso (figures depend on it: the year in progress, reference months); while both stay the
 * same, a figure asked again is served from memory. A write from another process or instance — the
 * command-line import, a restore, a second server — changes the revision, so it shows on the very
 * next read. Callers must not change what they get: it is shared.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { todayInMt } from '../../shared/domain/dates.ts';
import type { Db } from '../db/client.ts';
import { readDataRevision } from '../db/repositories/data-revision-repository.ts';

/** Past this many figures kept, the cache starts over (a crawler asking for every combination). */
const MAX_ENTRIES = 5000;

type Cache = { revision: string; day: string; entries: Map<string, Promise<unknown>> };
const caches = new WeakMap<Db, Cache>();

/**
 * The data's revision a request read from `db` after it arrived (with its session:
 * http/session-check.ts): every figure the request asks for is kept under it, without reading it
 * again. A write committed meanwhile is as if the request had been answered a moment earlier.
 */
const requestRevision = new AsyncLocalStorage<{ db: Db; revision: string }>();

/** Runs `handle` (the rest of a request that writes nothing) with the revision it read from `db`. */
export function withRequestRevision<T>(db: Db, revision: string, handle: () => T): T {
  return requestRevision.run({ db, revision }, handle);
}

/**
 * What is kept for the data as it is now (its revision and the day in Mato Grosso), keyed by the
 * caller; `null` inside a transaction, where the data may hold what is not committed yet.
 */
export async function keptForNow(db: Db, now: Date): Promise<Map<string, Promise<unknown>> | null> {
  if (db.isTransaction) return null;
  const known = requestRevision.getStore();
  const revision = known?.db === db ? known.revision : await readDataRevision(db);
  const day = todayInMt(now);
  let cache = caches.get(db);
  if (!cache || cache.revision !== revision || cache.day !== day || cache.entries.size >= MAX_ENTRIES) {
    cache = { revision, day, entries: new Map() };
    caches.set(db, cache);
  }
  return cache.entries;
}

export async function cachedFigures<T>(
  db: Db,
  now: Date,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const entries = await keptForNow(db, now);
  if (!entries) return compute();
  const kept = entries.get(key);
  if (kept) return kept as Promise<T>;
  // Kept as a promise: requests arriving while it is computed wait for the same computation.
  const computing = compute();
  entries.set(key, computing);
  computing.catch(() => entries.delete(key));
  return computing;
}
