import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, createReadDb, type Db, migrateToLatest } from '../db/client.ts';
import { readDataRevision } from '../db/repositories/data-revision-repository.ts';
import { keptForNow, withRequestRevision } from './figure-cache.ts';

const NOW = new Date('2026-11-24T12:00:00-04:00');
let dir: string;
let db: Db;
let readDb: Db;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'painel-cache-'));
  const file = path.join(dir, 'painel.sqlite');
  db = createDb(file);
  await migrateToLatest(db);
  readDb = createReadDb(file, db);
});

afterAll(async () => {
  await readDb.destroy();
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** How many statements `work` sends to `target`. */
async function statementsOf(target: Db, work: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const countOne = () => {
    count += 1;
  };
  target.on('query', countOne);
  try {
    await work();
  } finally {
    target.removeListener('query', countOne);
  }
  return count;
}

describe('figures kept for a request', () => {
  it('are kept under the revision the request read with its session, without reading it again', async () => {
    const current = await readDataRevision(readDb);
    const entries = await keptForNow(readDb, NOW);
    entries?.set('scorecard', Promise.resolve('figuras'));
    const reads = await statementsOf(readDb, () =>
      withRequestRevision(readDb, current, async () => {
        // Across awaits, as in a request's procedures.
        await Promise.resolve();
        expect((await keptForNow(readDb, NOW))?.get('scorecard')).toBeDefined();
      }),
    );
    expect(reads).toBe(0);
  });

  it('reads the revision when the request read it from another database, or read none', async () => {
    const current = await readDataRevision(readDb);
    expect(
      await statementsOf(readDb, () => withRequestRevision(db, current, () => keptForNow(readDb, NOW))),
    ).toBe(1);
    expect(await statementsOf(readDb, () => keptForNow(readDb, NOW))).toBe(1);
  });

  it('starts over when the revision a request read differs from the one kept', async () => {
    const entries = await keptForNow(readDb, NOW);
    entries?.set('scorecard', Promise.resolve('figuras'));
    await withRequestRevision(readDb, 'depois-de-uma-gravacao', async () => {
      expect((await keptForNow(readDb, NOW))?.has('scorecard')).toBe(false);
    });
  });
});
