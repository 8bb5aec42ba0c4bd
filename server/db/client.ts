import fs from 'node:fs';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import { migrationSource } from './migrations/index.ts';

export type Db = Knex;

type SqliteConnection = { run(sql: string, callback: (error: Error | null) => void): void };

/**
 * One Knex instance per process. `DATABASE_URL` is a SQLite file path today; the same query code
 * runs on PostgreSQL once `pg` is installed and a `postgres://` URL is given.
 */
export function createDb(databaseUrl: string): Db {
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    return knex({ client: 'pg', connection: databaseUrl, pool: { min: 0, max: 10 } });
  }
  fs.mkdirSync(path.dirname(path.resolve(databaseUrl)), { recursive: true });
  return knex({
    client: 'sqlite3',
    connection: { filename: databaseUrl },
    useNullAsDefault: true,
    // One connection: SQLite serialises writes anyway, and pragmas are per connection.
    pool: {
      min: 1,
      max: 1,
      afterCreate(connection: SqliteConnection, done: (error: Error | null, connection: unknown) => void) {
        connection.run('PRAGMA foreign_keys = ON', (error) => {
          if (error) return done(error, connection);
          connection.run('PRAGMA journal_mode = WAL', (walError) => {
            if (walError) return done(walError, connection);
            connection.run('PRAGMA busy_timeout = 5000', (timeoutError) => done(timeoutError, connection));
          });
        });
      },
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
