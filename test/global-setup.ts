/**
 * Seeds the test databases once per run, before any test file: one with the plan, territory and
 * demo users, one with the example data too. Each test server starts on its own copy
 * (test/helpers/test-server.ts), so tests get a fresh database without paying for the seeding.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../server/start.ts';
import { FROZEN_NOW } from './helpers/frozen-now.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    seededDatabases: { plain: string; example: string };
  }
}

export default async function setup(project: TestProject) {
  const { seed } = project.config.sequence;
  console.log(`Testes em ordem aleatória, semente ${seed}: TEST_SEED=${seed} npm test repete esta ordem.`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'painel-modelo-'));
  const seeded = async (name: string, seedExampleData: boolean) => {
    const file = path.join(dir, `${name}.sqlite`);
    const seeding = await startServer({ databaseUrl: file, port: 0, seedExampleData, now: () => FROZEN_NOW });
    await seeding.close();
    return file;
  };
  project.provide('seededDatabases', {
    plain: await seeded('plain', false),
    example: await seeded('example', true),
  });
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
