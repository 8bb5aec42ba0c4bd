/**
 * Seeds the test databases once per run and engine, before any test file: one with the plan,
 * territory and demo users, one with the example data too. Each test server starts on its own copy
 * (test/helpers/test-server.ts): a copied file on SQLite, a database made from a template on
 * PostgreSQL, so tests get a fresh database without paying for the seeding.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../server/start.ts';
import { FROZEN_NOW } from './helpers/frozen-now.ts';
import { createTemplateDatabase, type TestDatabase, templateSource } from './helpers/test-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    seededDatabases: { plain: string; example: string };
  }
}

export default async function setup(project: TestProject) {
  const { seed } = project.config.sequence;
  // The project's env (TEST_ENGINE) is the tests', not this process's: the helpers read it here too.
  process.env.TEST_ENGINE = project.config.env?.TEST_ENGINE ?? 'sqlite';
  console.log(
    `Testes (${project.name}) em ordem aleatória, semente ${seed}: TEST_SEED=${seed} npm test repete esta ordem.`,
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'painel-modelo-'));
  const templates: TestDatabase[] = [];
  const seeded = async (name: string, seedExampleData: boolean) => {
    const template = await createTemplateDatabase(dir, name);
    templates.push(template);
    const seeding = await startServer({
      databaseUrl: template.url,
      port: 0,
      seedExampleData,
      now: () => FROZEN_NOW,
    });
    await seeding.close();
    return templateSource(template);
  };
  project.provide('seededDatabases', {
    plain: await seeded('plain', false),
    example: await seeded('example', true),
  });
  return async () => {
    for (const template of templates) await template.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
