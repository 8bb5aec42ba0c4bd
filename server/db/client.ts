import fs from 'node:fs';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import pg from 'pg';
import { isPostgresDb } from './dialect.ts';
import { markRevisionReady, PgWriterClient, SqliteWriterClient } from './knex-clients.ts';
import { migrationSource } from './migrations/index.ts';

export type Db = Knex;

type SqliteConnection = { run(sql: string, callback: (error: Error | null) => void): void };

export const isPostgres = (databaseUrl: string) => /^postgres(ql)?:\/\//.test(databaseUrl);

/** The URL as it may be printed: the password replaced by "***". */
export function describeDatabaseUrl(databaseUrl: string): string {
  if (!isPostgres(databaseUrl)) return databaseUrl;
  const url = new URL(databaseUrl);
  if (url.password) url.password = '***';
  return url.toString();
}

/**
 * Instants (`timestamptz`) come back as the ISO-8601 UTC text and days (`date`) as aaaa-mm-dd, the
 * strings SQLite stores, so the same code reads both engines (migration 20261205000000).
 */
const TIMESTAMPTZ = 1184;
const DATE = 1082;
const postgresTypes = {
  getTypeParser: (oid: number, format?: string) => {
    if (oid === TIMESTAMPTZ) {
      return (text: string) => new Date(text.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')).toISOString();
    }
    if (oid === DATE) return (text: string) => text;
    return pg.types.getTypeParser(oid, format === 'binary' ? 'binary' : 'text');
  },
};

/**
 * Knex's warnings, less its English "Acquire connection error" with a stack trace: a connection
 * that fails is reported by the caller in Portuguese (connection-errors.ts).
 */
const log = {
  warn(message: string) {
    if (!String(message).startsWith('Acquire connection error')) console.warn(message);
  },
};

function postgresDb(databaseUrl: string, poolSize: number, role: 'writer' | 'replica'): Db {
  return knex({
    // Only the writer's commits give the data a new revision; a replica receives it with the data.
    client: role === 'writer' ? (PgWriterClient as unknown as typeof Knex.Client) : 'pg',
    log,
    connection: { connectionString: databaseUrl, types: postgresTypes, options: '-c timezone=UTC' },
    pool: { min: 0, max: poolSize },
  });
}

function runPragmas(pragmas: readonly string[]) {
  return (connection: SqliteConnection, done: (error: Error | null, connection: unknown) => void) => {
    const next = (index: number) => {
      const pragma = pragmas[index];
      if (pragma === undefined) return done(null, connection);
      connection.run(pragma, (error) => (error ? done(error, connection) : next(index + 1)));
    };
    next(0);
  };
}

/**
 * The writer. `DATABASE_URL` is a SQLite file path (the default) or a `postgres://` URL; the same
 * query code runs on both.
 */
export function createDb(databaseUrl: string): Db {
  if (isPostgres(databaseUrl)) return postgresDb(databaseUrl, 10, 'writer');
  fs.mkdirSync(path.dirname(path.resolve(databaseUrl)), { recursive: true });
  return knex({
    client: SqliteWriterClient as unknown as typeof Knex.Client,
    log,
    connection: { filename: databaseUrl },
    useNullAsDefault: true,
    // One writing connection: SQLite serialises writes anyway, and a second writer would only
    // meet "database is locked" inside its transaction.
    pool: {
      min: 1,
      max: 1,
      afterCreate: runPragmas([
        'PRAGMA foreign_keys = ON',
        'PRAGMA journal_mode = WAL',
        'PRAGMA busy_timeout = 30000',
      ]),
    },
  });
}

/**
 * Readers for pages and the read API. With SQLite in WAL mode they read the last committed state
 * while a long write (a big import) holds the writer, so the panel never freezes. On PostgreSQL
 * the writer's pool already serves reads concurrently, unless a read-only URL (a replica,
 * `DATABASE_READ_URL`) is given: then reads scale out there while writes go to the primary.
 */
export function createReadDb(databaseUrl: string, writer: Db, readUrl?: string): Db {
  if (readUrl) {
    if (!isPostgres(readUrl) || !isPostgres(databaseUrl)) {
      throw new Error(
        'DATABASE_READ_URL só vale com PostgreSQL: as duas URLs devem começar com postgres://.',
      );
    }
    return postgresDb(readUrl, 10, 'replica');
  }
  if (isPostgres(databaseUrl)) return writer;
  return knex({
    client: 'sqlite3',
    connection: { filename: databaseUrl },
    useNullAsDefault: true,
    pool: {
      min: 0,
      max: 4,
      afterCreate: runPragmas(['PRAGMA query_only = ON', 'PRAGMA busy_timeout = 30000']),
    },
  });
}

export async function migrateToLatest(db: Db): Promise<void> {
  await db.migrate.latest({ migrationSource });
  markRevisionReady(db);
}

export async function isDbReachable(db: Db): Promise<boolean> {
  try {
    await db.raw('select 1');
    return true;
  } catch (error) {
    console.error('Banco de dados inacessível:', error);
    return false;
  }
}

/** Any fixed number: the key of the advisory lock that instances starting together share. */
const START_LOCK = 20_242_027;

/**
 * Runs `work` (migrations, seeding) while holding a PostgreSQL advisory lock, so two instances
 * started together on one database do it one after the other (knex's own migration lock would make
 * the second fail instead). On SQLite the single writer already serialises it.
 */
export async function oneStartAtATime(db: Db, work: () => Promise<void>): Promise<void> {
  if (!isPostgresDb(db)) return work();
  // The lock belongs to one connection: hold one aside for it while `work` uses the pool.
  const connection = await db.client.acquireConnection();
  try {
    await connection.query('select pg_advisory_lock($1)', [START_LOCK]);
    try {
      await work();
    } finally {
      await connection.query('select pg_advisory_unlock($1)', [START_LOCK]);
    }
  } finally {
    await db.client.releaseConnection(connection);
  }
}
