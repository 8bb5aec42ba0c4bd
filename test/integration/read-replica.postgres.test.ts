/**
 * DATABASE_READ_URL (issue 13): pages and the read API read the replica, writes go to the primary.
 * The "replica" here is a second database seeded like the primary and never written by the app, so
 * which one answered can be seen: a value saved on the primary is not in what the page reads.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb, createReadDb } from '../../server/db/client.ts';
import { listStoredValues } from '../../server/db/repositories/data-value-repository.ts';
import { type RunningServer, startServer } from '../../server/start.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';
import { FROZEN_NOW, logInAs } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

let dir: string;
let primary: TestDatabase;
let replica: TestDatabase;
let server: RunningServer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'painel-replica-'));
  const seeded = inject('seededDatabases');
  primary = await createTestDatabase(dir, seeded.plain);
  replica = await createTestDatabase(dir, seeded.plain);
  server = await startServer({
    databaseUrl: primary.url,
    readDatabaseUrl: replica.url,
    port: 0,
    seedExampleData: false,
    now: () => FROZEN_NOW,
  });
});

afterAll(async () => {
  await server?.close();
  await primary?.drop();
  await replica?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a read-only replica', () => {
  it('serves the reads while the writes go to the primary', async () => {
    const coap = trpcAs(server.url, await logInAs(server, 'coap'));
    await coap.dataEntry.save.mutate({
      code: '713',
      cells: [
        { territoryCode: '5103403', period: '2025-04', numerator: 4, denominator: 40, expectedVersion: null },
      ],
    });
    const onPrimary = await listStoredValues(server.db, { indicatorCode: '713', years: [2025] });
    expect(onPrimary.map((value) => [value.territoryCode, value.period, value.numerator])).toEqual([
      ['5103403', '2025-04', 4],
    ]);
    // The page reads the replica, which has not received the write (a real one would, shortly).
    const grid = await coap.dataEntry.grid.query({ code: '713', year: 2025 });
    expect(grid.cells).toEqual([]);
  });

  it('is refused with SQLite, in Portuguese', () => {
    const sqliteFile = path.join(dir, 'painel.sqlite');
    const writer = createDb(sqliteFile);
    try {
      expect(() => createReadDb(sqliteFile, writer, replica.url)).toThrow(
        'DATABASE_READ_URL só vale com PostgreSQL: as duas URLs devem começar com postgres://.',
      );
    } finally {
      void writer.destroy();
    }
  });
});
