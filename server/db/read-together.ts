import type { Db } from './client.ts';

/**
 * Independent reads, at once on a pool (each takes its own connection), one after another inside
 * a transaction: its single connection cannot run two queries at the same time (the `pg` driver
 * warns, and refuses from its version 9 on).
 */
export async function readTogether<T extends unknown[]>(
  db: Db,
  reads: readonly [...{ [K in keyof T]: () => Promise<T[K]> }],
): Promise<T> {
  if (!db.isTransaction) return (await Promise.all(reads.map((read) => read()))) as T;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as T;
}
