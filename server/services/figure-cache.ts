/**
 * Figures computed once per change of the data (issue 14). Each request reads the data's revision
 * (one row, bumped in the commit of every write transaction: db/knex-clients.ts) and the day in
 * Mato Grosso (figures depend on it: the year in progress, reference months); while both stay the
 * same, a figure asked again is served from memory. A write from another process or instance — the
 * command-line import, a restore, a second server — changes the revision, so it shows on the very
 * next read. Callers must not change what they get: it is shared.
 */
import { todayInMt } from '../../shared/domain/dates.ts';
import type { Db } from '../db/client.ts';
import { readDataRevision } from '../db/repositories/data-revision-repository.ts';

/** Past this many figures kept, the cache starts over (a crawler asking for every combination). */
const MAX_ENTRIES = 5000;

type Cache = { revision: string; day: string; entries: Map<string, Promise<unknown>> };
const caches = new WeakMap<Db, Cache>();

/**
 * What is kept for the data as it is now (its revision and the day in Mato Grosso), keyed by the
 * caller; `null` inside a transaction, where the data may hold what is not committed yet.
 * `knownRevision`: the revision just read from `db` by the same request (with its session).
 */
export async function keptForNow(
  db: Db,
  now: Date,
  knownRevision?: string,
): Promise<Map<string, Promise<unknown>> | null> {
  if (db.isTransaction) return null;
  const revision = knownRevision ?? (await readDataRevision(db));
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
