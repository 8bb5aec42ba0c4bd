import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import knex from 'knex';

/**
 * The engine under test. The vitest project sets TEST_ENGINE: every file runs on SQLite, and the
 * integration and browser files run again on PostgreSQL when DATABASE_URL_TEST_PG is set
 * (vitest.config.ts).
 */
export type TestEngine = 'sqlite' | 'postgres';

export function testEngine(): TestEngine {
  return process.env.TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';
}

/** The throwaway cluster's URL (scripts/throwaway-postgres.sh), for tests that need PostgreSQL. */
export function postgresAdminUrl(): string {
  const url = process.env.DATABASE_URL_TEST_PG;
  if (!url) throw new Error('DATABASE_URL_TEST_PG não definido: os testes em PostgreSQL precisam dele.');
  return url;
}

export function postgresUrlFor(database: string): string {
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function onPostgresAdmin<T>(work: (admin: knex.Knex) => Promise<T>): Promise<T> {
  const admin = knex({ client: 'pg', connection: postgresAdminUrl(), pool: { min: 0, max: 1 } });
  try {
    return await work(admin);
  } finally {
    await admin.destroy();
  }
}

export type TestDatabase = { url: string; drop(): Promise<void> };

/** A PostgreSQL database of the throwaway cluster, dropped with whoever is still connected. */
function postgresDatabase(name: string): TestDatabase {
  return {
    url: postgresUrlFor(name),
    drop: () =>
      onPostgresAdmin(
        async (admin) => void (await admin.raw('drop database if exists ?? with (force)', [name])),
      ),
  };
}

/**
 * A fresh database for one test server: on SQLite a file in `dir` (a copy of `from` when given),
 * on PostgreSQL a new database (created from the template `from` when given).
 */
export async function createTestDatabase(dir: string, from?: string): Promise<TestDatabase> {
  if (testEngine() === 'sqlite') {
    const url = path.join(dir, 'painel.sqlite');
    if (from) fs.copyFileSync(from, url);
    return { url, drop: async () => {} };
  }
  const name = `painel_teste_${randomBytes(6).toString('hex')}`;
  await onPostgresAdmin(async (admin) => {
    // Two databases copied from one template at the same moment make PostgreSQL refuse the second
    // ("being accessed by other users"): try again shortly.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.raw(
          from ? 'create database ?? template ??' : 'create database ??',
          from ? [name, from] : [name],
        );
        return;
      } catch (error) {
        if (attempt >= 50 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
  });
  return postgresDatabase(name);
}

/** A seeded database kept for the run, that test databases are made from (global setup). */
export async function createTemplateDatabase(dir: string, name: string): Promise<TestDatabase> {
  if (testEngine() === 'sqlite') {
    const url = path.join(dir, `${name}.sqlite`);
    return { url, drop: async () => {} };
  }
  const database = `painel_modelo_${name}_${randomBytes(4).toString('hex')}`;
  await onPostgresAdmin(async (admin) => void (await admin.raw('create database ??', [database])));
  return postgresDatabase(database);
}

/** What `createTestDatabase` takes as `from` for a template made by `createTemplateDatabase`. */
export function templateSource(template: TestDatabase): string {
  return testEngine() === 'sqlite' ? template.url : new URL(template.url).pathname.slice(1);
}
