/**
 * What a database of this app must contain at each migration, found by running the migrations on
 * an in-memory database: no table list to keep in step with the migrations by hand.
 */
import knex from 'knex';
import { migrationSource } from '../db/migrations/index.ts';

export const MIGRATIONS_TABLE = 'knex_migrations';

/** Tables SQLite and Knex keep for themselves; they are not app data. */
export function isAppTable(name: string): boolean {
  return !name.startsWith('sqlite_') && !name.startsWith('knex_');
}

export async function listKnownMigrations(): Promise<string[]> {
  return [...(await migrationSource.getMigrations([]))].sort();
}

let tablesByMigration: Promise<Map<string, string[]>> | undefined;

/** App tables that exist once `migration` and every migration before it have run. */
export async function appTablesAfter(migration: string): Promise<string[]> {
  tablesByMigration ??= buildTablesByMigration().catch((error: unknown) => {
    tablesByMigration = undefined; // a failed build is retried on the next call, not cached
    throw error;
  });
  const tables = (await tablesByMigration).get(migration);
  if (!tables) throw new Error(`Migração desconhecida: ${migration}`);
  return tables;
}

async function buildTablesByMigration(): Promise<Map<string, string[]>> {
  // One connection: each connection to ':memory:' would be a different, empty database.
  const db = knex({
    client: 'sqlite3',
    connection: { filename: ':memory:' },
    useNullAsDefault: true,
    pool: { min: 1, max: 1 },
  });
  try {
    const result = new Map<string, string[]>();
    for (const name of await listKnownMigrations()) {
      const migration = await migrationSource.getMigration(name);
      await migration.up(db);
      const rows: { name: string }[] = await db('sqlite_master').where({ type: 'table' }).select('name');
      result.set(
        name,
        rows
          .map((row) => row.name)
          .filter(isAppTable)
          .sort(),
      );
    }
    return result;
  } finally {
    await db.destroy();
  }
}
