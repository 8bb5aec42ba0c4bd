import fs from 'node:fs';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import { migrationSource } from './migrations/index.ts';
import { SqliteImmediateClient } from './sqlite-immediate-client.ts';

export type Db = Knex;

type SqliteConnection = { run(sql: string, callback: (error: Error | null) => void): void };

const isPostgres = (databaseUrl: string) => /^postgres(ql)?:\/\//.test(databaseUrl);

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
 * The writer. `DATABASE_URL` is a SQLite file path today; the same query code runs on PostgreSQL
 * once `pg` is installed and a `postgres://` URL is given.
 */
export function createDb(databaseUrl: string): Db {
  if (isPostgres(databaseUrl)) {
    return knex({ client: 'pg', connection: databaseUrl, pool: { min: 0, max: 10 } });
  }
  fs.mkdirSync(path.dirname(path.resolve(databaseUrl)), { recursive: true });
  return knex({
    client: SqliteImmediateClient as unknown as typeof Knex.Client,
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
 * the writer's pool already serves reads concurrently.
 */
export function createReadDb(databaseUrl: string, writer: Db): Db {
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
