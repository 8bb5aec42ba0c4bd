/**
 * `npm run backup` and `npm run restore` on a PostgreSQL URL (pg_dump/pg_restore), against a test
 * server's own database while it runs: the copy is checked and counted, a restore puts the data of
 * the copy back and keeps the database as it was, bad copies are refused without touching anything.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listStoredValues } from '../../server/db/repositories/data-value-repository.ts';
import { runScript } from '../helpers/scripts.ts';
import { getJson, logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

const runFile = promisify(execFile);

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer({ seedExampleData: false });
});

afterEach(async () => {
  await server.stop();
});

const backup = (file: string, ...options: string[]) =>
  runScript('scripts/backup.ts', [file, ...options], server.databaseUrl);
const restore = (file: string) => runScript('scripts/restore.ts', [file], server.databaseUrl);

async function saveCell(cookie: string, numerator: number, expectedVersion: number | null) {
  await trpcAs(server.url, cookie).dataEntry.save.mutate({
    code: '713',
    cells: [{ territoryCode: '5103403', period: '2025-03', numerator, denominator: 100, expectedVersion }],
  });
}

async function storedNumerator(): Promise<number | null | undefined> {
  const values = await listStoredValues(server.db, {
    indicatorCode: '713',
    years: [2025],
    territoryCodes: ['5103403'],
  });
  return values.find((value) => value.period === '2025-03')?.numerator;
}

describe('npm run backup / restore on PostgreSQL', () => {
  it('copies while the server runs and puts the copy back, keeping the database as it was', async () => {
    const coap = await logInAs(server, 'coap');
    await saveCell(coap, 7, null);
    const file = path.join(server.dir, 'painel.dump');

    const copied = await backup(file);
    expect(copied).toMatchObject({ code: 0, stderr: '' });
    expect(copied.stdout).toContain(`Cópia gravada em ${file} (`);
    expect(copied.stdout).toMatch(/ {2}valores informados: 1\n/);
    expect(copied.stdout).toMatch(/ {2}usuários: 4\n/);

    // A change after the copy, then the copy is put back while the server runs.
    await saveCell(coap, 9, 1);
    expect(await storedNumerator()).toBe(9);
    const restored = await restore(file);
    expect(restored).toMatchObject({ code: 0, stderr: '' });
    expect(restored.stdout).toContain(`restaurado a partir de ${file}.`);
    const safety = /O banco anterior foi guardado em (.*\.dump)\./.exec(restored.stdout)?.[1];
    expect(safety && fs.existsSync(safety)).toBe(true);

    // The running server reads the restored data; its old sessions ended; the restore is audited.
    expect(await storedNumerator()).toBe(7);
    expect((await getJson(server, '/api/v1/me', { cookie: coap })).status).toBe(401);
    const audit = await server.db('audit_log').where({ action: 'restore', entity: 'banco' });
    expect(audit.map((entry) => entry.entity_key)).toEqual(['painel.dump']);

    // The copy of the database as it was can itself be restored: the change after the copy is back.
    expect(await restore(safety as string)).toMatchObject({ code: 0, stderr: '' });
    expect(await storedNumerator()).toBe(9);
  });

  it('refuses an existing file, a copy cut short, a text file and a copy from a newer version', async () => {
    const file = path.join(server.dir, 'boa.dump');
    expect((await backup(file)).code).toBe(0);
    const again = await backup(file);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`Cópia não feita: O arquivo ${file} já existe`);

    const cut = path.join(server.dir, 'cortada.dump');
    const whole = fs.readFileSync(file);
    fs.writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const text = path.join(server.dir, 'planilha.dump');
    fs.writeFileSync(text, 'indicador;ibge\n713;510340\n');

    await server
      .db('knex_migrations')
      .insert({ name: '29991231000000_futuro', batch: 99, migration_time: new Date() });
    // npm run backup itself refuses to call that a good copy: pg_dump makes it.
    const newer = path.join(server.dir, 'futura.dump');
    await runFile('pg_dump', ['--format=custom', `--file=${newer}`, `--dbname=${server.databaseUrl}`]);
    await server.db('knex_migrations').where({ name: '29991231000000_futuro' }).delete();

    const coap = await logInAs(server, 'coap');
    await saveCell(coap, 5, null);
    for (const [copy, message] of [
      [cut, 'O arquivo não é uma cópia legível do PostgreSQL: o arquivo está cortado ou danificado.'],
      [
        text,
        'O arquivo não é uma cópia legível do PostgreSQL: o arquivo não está no formato do pg_dump (não é uma cópia feita com npm run backup).',
      ],
      [newer, 'A cópia é de uma versão mais nova do painel (migração 29991231000000_futuro)'],
    ] as const) {
      const refused = await restore(copy);
      expect(refused.code, copy).toBe(1);
      expect(refused.stderr).toContain('Restauração recusada: ');
      expect(refused.stderr).toContain(message);
      expect(refused.stderr).toContain('O banco em uso não foi alterado.');
    }
    // Nothing was touched: the value saved after the copies is there, the session still works.
    expect(await storedNumerator()).toBe(5);
    expect((await getJson(server, '/api/v1/me', { cookie: coap })).status).toBe(200);
  });

  it('says in Portuguese when the PostgreSQL server does not answer', async () => {
    const outcome = await runScript(
      'scripts/backup.ts',
      [path.join(server.dir, 'nada.dump')],
      'postgres://painel:segredo@127.0.0.1:1/painel',
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain(
      'Cópia não feita: O pg_dump não conseguiu copiar o banco: o servidor PostgreSQL em 127.0.0.1:1 não respondeu',
    );
    expect(outcome.stderr).not.toContain('segredo');
  });
});
