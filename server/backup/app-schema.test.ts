import { describe, expect, it } from 'vitest';
import { appTablesAfter, isAppTable, listKnownMigrations } from './app-schema.ts';

describe('appTablesAfter', () => {
  it('lists the tables the first migration creates, without SQLite or Knex bookkeeping', async () => {
    const [first] = await listKnownMigrations();
    const tables = await appTablesAfter(first ?? '');
    expect(tables).toEqual(expect.arrayContaining(['data_values', 'indicators', 'targets', 'territories']));
    expect(tables.every(isAppTable)).toBe(true);
  });

  it('grows with later migrations and never loses a table of an earlier one here', async () => {
    const migrations = await listKnownMigrations();
    const first = await appTablesAfter(migrations[0] ?? '');
    const latest = await appTablesAfter(migrations.at(-1) ?? '');
    expect(latest).toEqual(expect.arrayContaining(first));
  });

  it('rejects a migration this version does not know', async () => {
    await expect(appTablesAfter('29991231000000_futuro')).rejects.toThrow('Migração desconhecida');
  });
});
