/**
 * A second process writing the same SQLite file (issue 13): the command-line import, a backup or a
 * second server. Write transactions start IMMEDIATE, so each waits for the other instead of
 * failing with SQLITE_BUSY. (On PostgreSQL rows are locked, not the file: two-instances.postgres.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import knex from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImportCli } from '../helpers/scripts.ts';
import { logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer({ seedExampleData: false });
});

afterEach(async () => {
  await server.stop();
});

describe('another process writing the same SQLite file', () => {
  it('makes a save wait for it and then succeed, instead of failing', async () => {
    // A second process (the command-line import, a backup) holds the write lock for a moment.
    const other = knex({
      client: 'sqlite3',
      connection: { filename: server.databaseUrl },
      useNullAsDefault: true,
      pool: { min: 1, max: 1 },
    });
    const coap = trpcAs(server.url, await logInAs(server, 'coap'));
    try {
      let save: Promise<unknown> | undefined;
      await other.transaction(async (trx) => {
        await trx('login_attempts').insert({ key: 'outro-processo', failures: 0, last_attempt_at: 'x' });
        save = coap.dataEntry.save.mutate({
          code: '713',
          cells: [
            {
              territoryCode: '5103403',
              period: '2025-03',
              numerator: 5,
              denominator: 50,
              expectedVersion: null,
            },
          ],
        });
        await sleep(700);
      });
      await expect(save).resolves.toMatchObject({ changed: 1 });
    } finally {
      await other.destroy();
    }
    const stored = await server.db('data_values').where({ indicator_code: '713', period: '2025-03' });
    expect(stored).toHaveLength(1);
  });

  it('makes the command-line import wait for the server write and then apply', async () => {
    const csv = path.join(server.dir, 'abril.csv');
    fs.writeFileSync(csv, 'indicador;ibge;periodo;numerador;denominador\n713;510340;2025-04;7;70\n');
    // The server holds its write lock (a long save) while the command starts.
    let cli: ReturnType<typeof runImportCli> | undefined;
    await server.db.transaction(async (trx) => {
      await trx('login_attempts').insert({ key: 'gravacao-longa', failures: 0, last_attempt_at: 'x' });
      cli = runImportCli(server, [csv]);
      await sleep(1500);
    });
    const { stdout } = await (cli as ReturnType<typeof runImportCli>);
    expect(stdout).toMatch(/Importação aplicada\./);
    const stored = await server.db('data_values').where({ indicator_code: '713', period: '2025-04' });
    expect(stored).toHaveLength(1);
  });
});
