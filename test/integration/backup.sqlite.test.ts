/**
 * Backup and restore against the test server's real SQLite file while the server is up: a copy
 * taken during a stream of writes is a consistent snapshot; broken files are refused with a clear
 * message and leave the live database alone; the CLI commands report in Portuguese.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, checkBackupFile, restoreDatabase } from '../../server/backup/sqlite-backup.ts';
import { execute, queryAll, withConnection } from '../../server/backup/sqlite-connection.ts';
import type { Db } from '../../server/db/client.ts';
import { runScript } from '../helpers/scripts.ts';
import { FROZEN_NOW, startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
let livePath: string;

beforeAll(async () => {
  server = await startTestServer({ seedExampleData: true });
  livePath = path.join(server.dir, 'painel.sqlite');
});

afterAll(async () => {
  await server?.stop();
});

/** A fresh path in the test's temporary folder. */
function tempFile(name: string): string {
  return path.join(server.dir, name);
}

async function countRows(db: Db, table: string): Promise<number> {
  const row = (await db(table).count('* as n').first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0);
}

/** The numerator of one data value, read through the running server's own connection. */
async function numeratorOf(id: number): Promise<number> {
  const row = (await server.db('data_values').where({ id }).first('numerator')) as { numerator: number };
  return row.numerator;
}

async function anyDataValueId(): Promise<number> {
  const row = (await server.db('data_values').orderBy('id').first('id')) as { id: number };
  return row.id;
}

async function goodBackup(name: string): Promise<string> {
  const file = tempFile(name);
  await backupDatabase(livePath, file);
  return file;
}

/** Runs SQL on a copy through a plain connection (no WAL switch, no migrations). */
async function alterCopy(file: string, sql: string): Promise<void> {
  await withConnection(file, { isReadOnly: false }, (connection) => execute(connection, sql));
}

describe('backupDatabase', () => {
  it('copies a consistent snapshot while the server keeps writing', async () => {
    // Each write transaction adds one probe row, bumps the counter and adds 1 to one numerator,
    // so in every committed state: probe rows = counter = numerator − its starting value.
    await server.db.schema.createTable('backup_probe_rows', (table) => table.increments('id'));
    await server.db.schema.createTable('backup_probe_counter', (table) => table.integer('n').notNullable());
    await server.db('backup_probe_counter').insert({ n: 0 });
    const valueId = await anyDataValueId();
    const startNumerator = await numeratorOf(valueId);
    const dataValueCount = await countRows(server.db, 'data_values');

    let isWriting = true;
    let writes = 0;
    const writer = (async () => {
      while (isWriting) {
        await server.db.transaction(async (trx) => {
          await trx('backup_probe_rows').insert({});
          await trx('backup_probe_counter').increment('n', 1);
          await trx('data_values').where({ id: valueId }).increment('numerator', 1);
        });
        writes += 1;
      }
    })();

    const results: { file: string; writesDuring: number }[] = [];
    try {
      while (writes < 5) await new Promise((resolve) => setTimeout(resolve, 5));
      for (let index = 0; index < 3; index += 1) {
        const file = tempFile(`durante-escritas-${index}.sqlite`);
        const writesBefore = writes;
        const { bytes, pages } = await backupDatabase(livePath, file);
        results.push({ file, writesDuring: writes - writesBefore });
        expect(bytes).toBe(fs.statSync(file).size);
        expect(pages).toBeGreaterThan(0);
      }
    } finally {
      isWriting = false;
      await writer;
    }
    // The point of the test: the server did write while copies were being taken.
    expect(results.reduce((sum, result) => sum + result.writesDuring, 0)).toBeGreaterThan(0);

    for (const { file } of results) {
      const check = await checkBackupFile(file);
      if (!check.ok) throw new Error(check.problem);
      expect(check.counts.data_values).toBe(dataValueCount);
      const snapshot = await withConnection(file, { isReadOnly: true }, async (connection) => {
        const [counter] = await queryAll<{ n: number }>(connection, 'select n from backup_probe_counter');
        const [value] = await queryAll<{ numerator: number }>(
          connection,
          'select numerator from data_values where id = ?',
          [valueId],
        );
        return { counter: counter?.n, numerator: value?.numerator };
      });
      expect(snapshot.counter).toBeGreaterThanOrEqual(5);
      expect(check.counts.backup_probe_rows).toBe(snapshot.counter);
      expect(snapshot.numerator).toBe(startNumerator + (snapshot.counter ?? 0));
      // One self-contained file: no -wal or -shm left beside it, nor temporary files.
      expect(fs.existsSync(`${file}-wal`)).toBe(false);
    }
    expect(fs.readdirSync(server.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to overwrite an existing file unless told to', async () => {
    const file = await goodBackup('existente.sqlite');
    await expect(backupDatabase(livePath, file)).rejects.toThrow(
      `O arquivo ${file} já existe: escolha outro nome ou apague-o antes.`,
    );
    await expect(backupDatabase(livePath, file, { overwrite: true })).resolves.toMatchObject({
      bytes: expect.any(Number),
    });
  });

  it('refuses a source that is not a database, instead of creating an empty one', async () => {
    const missing = tempFile('nao-existe.sqlite');
    await expect(backupDatabase(missing, tempFile('copia-de-nada.sqlite'))).rejects.toThrow(
      'O arquivo não existe.',
    );
    expect(fs.existsSync(missing)).toBe(false);
    expect(fs.existsSync(tempFile('copia-de-nada.sqlite'))).toBe(false);
  });
});

describe('checkBackupFile', () => {
  it('accepts a good backup and reports its migrations and counts', async () => {
    const check = await checkBackupFile(await goodBackup('boa.sqlite'));
    if (!check.ok) throw new Error(check.problem);
    expect(check.migrations[0]).toBe('20261124000000_initial');
    expect(check.counts.data_values).toBe(await countRows(server.db, 'data_values'));
    expect(check.counts.indicators).toBe(await countRows(server.db, 'indicators'));
  });

  it('refuses a text file renamed to .sqlite', async () => {
    const file = tempFile('planilha.sqlite');
    fs.writeFileSync(file, 'indicador;ibge;periodo;numerador;denominador\n713;510340;2025;1;2\n');
    expect(await checkBackupFile(file)).toEqual({ ok: false, problem: 'O arquivo não é um banco SQLite.' });
  });

  it('refuses an empty file', async () => {
    const file = tempFile('vazio.sqlite');
    fs.writeFileSync(file, '');
    expect(await checkBackupFile(file)).toEqual({
      ok: false,
      problem: 'O arquivo está vazio: não é um banco SQLite.',
    });
  });

  it('refuses a missing file', async () => {
    expect(await checkBackupFile(tempFile('sumiu.sqlite'))).toEqual({
      ok: false,
      problem: 'O arquivo não existe.',
    });
  });

  it('refuses a copy cut short', async () => {
    const whole = fs.readFileSync(await goodBackup('inteira.sqlite'));
    const file = tempFile('cortada.sqlite');
    fs.writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)));
    expect(await checkBackupFile(file)).toEqual({
      ok: false,
      problem: `A cópia está corrompida: o arquivo tem ${Math.floor(whole.length / 2)} bytes, mas deveria ter ${whole.length} (cópia incompleta ou cortada).`,
    });
  });

  it('refuses a copy with damaged pages', async () => {
    const bytes = fs.readFileSync(await goodBackup('danificada-origem.sqlite'));
    // Overwrite the middle of the file: the length is right, the b-tree pages are garbage.
    bytes.fill(0x5a, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 64 * 1024);
    const file = tempFile('danificada.sqlite');
    fs.writeFileSync(file, bytes);
    const check = await checkBackupFile(file);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.problem).toMatch(/^A cópia está corrompida: o SQLite diz ".+"\.$/);
  });

  it('refuses a SQLite database that is not the panel', async () => {
    const file = tempFile('outro-banco.sqlite');
    await alterCopy(file, 'create table planilha (a text)');
    expect(await checkBackupFile(file)).toEqual({
      ok: false,
      problem: 'O arquivo é um banco SQLite, mas não é uma cópia do painel (falta a tabela knex_migrations).',
    });
  });

  it('refuses a copy with a missing table', async () => {
    const file = await goodBackup('sem-tabela.sqlite');
    await alterCopy(file, 'drop table populations');
    expect(await checkBackupFile(file)).toEqual({
      ok: false,
      problem: 'Faltam tabelas do painel na cópia: populations.',
    });
  });

  it('refuses a copy from a newer version of the app', async () => {
    const file = await goodBackup('versao-nova.sqlite');
    await alterCopy(
      file,
      "insert into knex_migrations (name, batch, migration_time) values ('29991231000000_futuro', 9, 0)",
    );
    expect(await checkBackupFile(file)).toEqual({
      ok: false,
      problem:
        'A cópia é de uma versão mais nova do painel (migração 29991231000000_futuro): ' +
        'atualize o aplicativo antes de restaurar.',
    });
  });
});

describe('restoreDatabase', () => {
  it('puts a backup back while the server runs, keeping the replaced database aside', async () => {
    const valueId = await anyDataValueId();
    const original = await numeratorOf(valueId);
    const file = await goodBackup('antes-da-mudanca.sqlite');
    await server
      .db('data_values')
      .where({ id: valueId })
      .update({ numerator: original + 1000 });

    const { safetyCopyPath } = await restoreDatabase(file, livePath, { now: () => FROZEN_NOW });

    // Read through the running server's connection: it sees the restored database at once.
    expect(await numeratorOf(valueId)).toBe(original);
    expect(safetyCopyPath).toMatch(
      /painel\.sqlite\.antes-da-restauracao-\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d\.sqlite$/,
    );
    const aside = await withConnection(safetyCopyPath ?? '', { isReadOnly: true }, (connection) =>
      queryAll<{ numerator: number }>(connection, 'select numerator from data_values where id = ?', [
        valueId,
      ]),
    );
    expect(aside[0]?.numerator).toBe(original + 1000);
    // The server goes on writing to the same, restored database.
    await server
      .db('data_values')
      .where({ id: valueId })
      .update({ numerator: original + 1 });
    expect(await numeratorOf(valueId)).toBe(original + 1);
    await server.db('data_values').where({ id: valueId }).update({ numerator: original });
  });

  it('refuses a bad file and leaves the live database as it was', async () => {
    const before = await server.db('data_values').sum('numerator as total').count('* as n').first();
    const filesBefore = fs.readdirSync(server.dir).sort();
    const file = tempFile('nao-e-banco.sqlite');
    fs.writeFileSync(file, 'isto não é um banco');

    await expect(restoreDatabase(file, livePath)).rejects.toThrow('O arquivo não é um banco SQLite.');

    expect(await server.db('data_values').sum('numerator as total').count('* as n').first()).toEqual(before);
    // No safety copy either: the refusal comes before anything is written.
    expect(fs.readdirSync(server.dir).sort()).toEqual([...filesBefore, 'nao-e-banco.sqlite'].sort());
  });

  it('refuses a copy from a newer version without touching the live database', async () => {
    const file = await goodBackup('versao-nova-restaurar.sqlite');
    await alterCopy(
      file,
      "insert into knex_migrations (name, batch, migration_time) values ('29991231000000_futuro', 9, 0)",
    );
    const migrationsBefore = await server.db('knex_migrations').pluck('name');
    await expect(restoreDatabase(file, livePath)).rejects.toThrow(/versão mais nova do painel/);
    expect(await server.db('knex_migrations').pluck('name')).toEqual(migrationsBefore);
  });
});

describe('npm run backup / npm run restore', () => {
  const runScriptOnLive = (script: string, args: string[]) => runScript(script, args, livePath);

  it('backs up and restores through the command line, reporting in Portuguese', async () => {
    const file = tempFile('pela-linha-de-comando.sqlite');
    const dataValues = (await countRows(server.db, 'data_values')).toLocaleString('pt-BR');

    const backup = await runScriptOnLive('scripts/backup.ts', [file]);
    expect(backup).toMatchObject({ code: 0, stderr: '' });
    expect(backup.stdout).toContain(`Cópia gravada em ${file} (`);
    expect(backup.stdout).toContain(`Banco copiado: ${livePath}`);
    expect(backup.stdout).toContain(`  valores informados: ${dataValues}\n`);
    expect((await checkBackupFile(file)).ok).toBe(true);

    const again = await runScriptOnLive('scripts/backup.ts', [file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`Cópia não feita: O arquivo ${file} já existe`);

    const restore = await runScriptOnLive('scripts/restore.ts', [file]);
    expect(restore).toMatchObject({ code: 0, stderr: '' });
    expect(restore.stdout).toContain(`Banco ${livePath} restaurado a partir de ${file}.`);
    expect(restore.stdout).toMatch(/O banco anterior foi guardado em .*antes-da-restauracao-.*\.sqlite\./);
    expect(restore.stdout).toContain(`  valores informados: ${dataValues}\n`);
  });

  it('fails with exit code 1 and a message a user understands', async () => {
    const usage = await runScriptOnLive('scripts/backup.ts', []);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toContain('Uso: npm run backup -- ARQUIVO');

    const restoreUsage = await runScriptOnLive('scripts/restore.ts', []);
    expect(restoreUsage.code).toBe(1);
    expect(restoreUsage.stderr).toContain('Uso: npm run restore -- ARQUIVO');

    const textFile = tempFile('texto.sqlite');
    fs.writeFileSync(textFile, 'ola');
    const refused = await runScriptOnLive('scripts/restore.ts', [textFile]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'Restauração recusada: O arquivo não é um banco SQLite.\nO banco em uso não foi alterado.',
    );
  });
});
