import type { Db } from '../../server/db/client.ts';

export type Timing = { median: number; min: number; max: number; runs: number };

/** One warm-up call (caches, statement preparation), then the median of `runs` timed calls. */
export async function timeMedian(fn: () => Promise<unknown>, runs = 7): Promise<Timing> {
  await fn();
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return {
    median: samples[Math.floor(samples.length / 2)] ?? Number.NaN,
    min: samples[0] ?? Number.NaN,
    max: samples[samples.length - 1] ?? Number.NaN,
    runs,
  };
}

export async function timeOnce<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

export type QueryShape = { sql: string; count: number; ms: number };
export type QueryProfile = { totalMs: number; queries: number; sqlMs: number; shapes: QueryShape[] };

type QueryEvent = { sql: string; __knexQueryUid?: string };

/** Groups statements that differ only in literals or in the length of an `in (…)` list. */
function normalizeSql(sql: string): string {
  return sql
    .replace(/\s+/g, ' ')
    .replace(/\(\?(, \?)*\)/g, '(?…)')
    .replace(/\b\d+\b/g, 'N');
}

/**
 * Times every SQL statement of one call through Knex's query events. The pool has one connection,
 * so `query` fires when the statement gets the connection and the span up to `query-response` is
 * the database's time plus the driver's row decoding; the rest of the call is JavaScript.
 */
export async function profileQueries(db: Db, fn: () => Promise<unknown>): Promise<QueryProfile> {
  const started = new Map<string, number>();
  const shapes = new Map<string, QueryShape>();
  const onQuery = (event: QueryEvent) => {
    if (event.__knexQueryUid) started.set(event.__knexQueryUid, performance.now());
  };
  const onResponse = (_response: unknown, event: QueryEvent) => {
    const begin = event.__knexQueryUid ? started.get(event.__knexQueryUid) : undefined;
    if (begin === undefined) return;
    const sql = normalizeSql(event.sql);
    const shape = shapes.get(sql) ?? { sql, count: 0, ms: 0 };
    shape.count += 1;
    shape.ms += performance.now() - begin;
    shapes.set(sql, shape);
  };
  db.on('query', onQuery);
  db.on('query-response', onResponse);
  const start = performance.now();
  try {
    await fn();
  } finally {
    db.removeListener('query', onQuery);
    db.removeListener('query-response', onResponse);
  }
  const totalMs = performance.now() - start;
  const list = [...shapes.values()].sort((a, b) => b.ms - a.ms);
  return {
    totalMs,
    queries: list.reduce((sum, shape) => sum + shape.count, 0),
    sqlMs: list.reduce((sum, shape) => sum + shape.ms, 0),
    shapes: list,
  };
}
