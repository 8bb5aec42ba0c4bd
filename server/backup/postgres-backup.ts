/**
 * Backup and restore of a PostgreSQL database with PostgreSQL's own tools: `pg_dump` writes a
 * custom-format archive (consistent while the server writes: one snapshot), `pg_restore` reads it.
 * Same promises as the SQLite backup: the copy is checked before it gets its final name, a restore
 * is refused before anything is touched when the copy is bad or from a newer version, the database
 * as it was is kept first, and the restore is all or nothing (one transaction).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import { AppError } from '../errors.ts';
import { appTablesAfter, isAppTable, MIGRATIONS_TABLE } from './app-schema.ts';
import {
  destinationExists,
  exists,
  finishRestore,
  moveIntoPlace,
  safetyCopyPathFor,
  unknownMigrationProblem,
} from './backup-files.ts';
import type { BackupCheck } from './sqlite-backup.ts';

/** The URL without its password, which goes to the tools through PGPASSWORD (not the process list). */
function connectionFor(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { dbname: url.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

type ToolRun = { code: number; stderr: string };

/** Runs pg_dump or pg_restore; each stdout line goes to `onLine` when given. */
function runTool(
  tool: 'pg_dump' | 'pg_restore',
  args: string[],
  options: { env?: NodeJS.ProcessEnv; onLine?: (line: string) => void } = {},
): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const lines = readline.createInterface({ input: child.stdout });
    lines.on('line', (line) => options.onLine?.(line));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new AppError(
              'UNPROCESSABLE',
              `O programa ${tool} não foi encontrado: instale o cliente do PostgreSQL (pacote Debian postgresql-client) na versão do servidor.`,
            )
          : error,
      );
    });
    child.on('close', (code) => {
      lines.close();
      resolve({ code: code ?? 1, stderr: stderr.trim() });
    });
  });
}

/** The usual failures in Portuguese; anything else as the tool's own first error line. */
function toolMessage(run: ToolRun): string {
  const server = /connection to server at "([^"]+)"(?: \([^)]*\))?, port (\d+) failed/.exec(run.stderr);
  if (server && /Connection refused|timeout expired|could not connect/i.test(run.stderr)) {
    return `o servidor PostgreSQL em ${server[1]}:${server[2]} não respondeu (está ligado? a URL está certa?).`;
  }
  if (/password authentication failed|no password supplied/i.test(run.stderr)) {
    return 'o PostgreSQL recusou o usuário ou a senha da URL.';
  }
  if (/does not appear to be a valid archive|input file is too short/i.test(run.stderr)) {
    return 'o arquivo não está no formato do pg_dump (não é uma cópia feita com npm run backup).';
  }
  if (/end of file|could not read (from )?input file|invalid compression|corrupt/i.test(run.stderr)) {
    return 'o arquivo está cortado ou danificado.';
  }
  const missing = /database "([^"]+)" does not exist/.exec(run.stderr);
  if (missing) return `o banco ${missing[1]} não existe nesse servidor PostgreSQL.`;
  const line =
    run.stderr.split('\n').find((text) => /error|erro|fatal/i.test(text)) ?? run.stderr.split('\n')[0];
  return (line ?? '').replace(/^pg_(dump|restore): (error: )?/, '').slice(0, 300);
}

/** A consistent copy of the live database in `destinationPath` (pg_dump's custom format). */
export async function backupPostgres(
  databaseUrl: string,
  destinationPath: string,
  options: { overwrite?: boolean } = {},
): Promise<{ bytes: number }> {
  const destination = path.resolve(destinationPath);
  if (!options.overwrite && (await exists(destination))) throw destinationExists(destination);
  await fs.mkdir(path.dirname(destination), { recursive: true });
  const temporary = path.join(
    path.dirname(destination),
    `.${path.basename(destination)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  const { dbname, env } = connectionFor(databaseUrl);
  try {
    const run = await runTool(
      'pg_dump',
      ['--format=custom', '--no-owner', `--file=${temporary}`, `--dbname=${dbname}`],
      {
        env,
      },
    );
    if (run.code !== 0) {
      throw new AppError('UNPROCESSABLE', `O pg_dump não conseguiu copiar o banco: ${toolMessage(run)}`);
    }
    const check = await checkPostgresBackup(temporary);
    if (!check.ok) throw new Error(`A cópia recém-gravada falhou na verificação: ${check.problem}`);
    await moveIntoPlace(temporary, destination, options.overwrite === true);
    return { bytes: (await fs.stat(destination)).size };
  } finally {
    await fs.rm(temporary, { force: true });
  }
}

/**
 * Reads the whole archive (so a copy cut short or damaged is refused) and reports its migrations
 * and the rows of each app table, from the data blocks pg_restore prints.
 */
export async function checkPostgresBackup(filePath: string): Promise<BackupCheck> {
  if (!(await exists(filePath))) return { ok: false, problem: 'O arquivo não existe.' };
  const counts: Record<string, number> = {};
  const migrations: string[] = [];
  let table: string | null = null;
  const run = await runTool('pg_restore', ['--data-only', '--file=-', filePath], {
    onLine: (line) => {
      if (table === null) {
        const copy = /^COPY (?:public\.)?"?([\w]+)"? \(/.exec(line);
        if (copy?.[1]) {
          table = copy[1];
          counts[table] = 0;
        }
      } else if (line === '\\.') {
        table = null;
      } else {
        counts[table] = (counts[table] ?? 0) + 1;
        // knex_migrations: id, name, batch, migration_time
        if (table === MIGRATIONS_TABLE) migrations.push(line.split('\t')[1] ?? '');
      }
    },
  });
  if (run.code !== 0) {
    return {
      ok: false,
      problem: `O arquivo não é uma cópia legível do PostgreSQL: ${toolMessage(run)}`,
    };
  }
  if (!(MIGRATIONS_TABLE in counts)) {
    return {
      ok: false,
      problem: `O arquivo é uma cópia do PostgreSQL, mas não do painel (falta a tabela ${MIGRATIONS_TABLE}).`,
    };
  }
  const migrationProblem = await unknownMigrationProblem(migrations);
  if (migrationProblem) return { ok: false, problem: migrationProblem };
  const latest = [...migrations].sort().at(-1);
  if (!latest)
    return { ok: false, problem: 'A cópia não tem nenhuma migração registrada: não é um banco do painel.' };
  const missing = (await appTablesAfter(latest)).filter((name) => !(name in counts));
  if (missing.length > 0) {
    return { ok: false, problem: `Faltam tabelas do painel na cópia: ${missing.join(', ')}.` };
  }
  const appCounts = Object.fromEntries(Object.entries(counts).filter(([name]) => isAppTable(name)));
  return { ok: true, migrations, counts: appCounts };
}

/**
 * Puts a checked copy back into the live database, in one transaction (`--single-transaction`):
 * the server's queries wait for it and then see either the whole old database or the whole
 * restored one. The database as it was is dumped first beside the copy.
 * Throws an AppError for refusals, all raised before the live database is touched.
 */
export async function restorePostgres(
  backupPath: string,
  databaseUrl: string,
  options: { now?: () => Date } = {},
): Promise<{ safetyCopyPath: string; counts: Record<string, number> }> {
  const check = await checkPostgresBackup(backupPath);
  if (!check.ok) throw new AppError('UNPROCESSABLE', check.problem);
  const now = options.now?.() ?? new Date();
  const database = new URL(databaseUrl).pathname.slice(1) || 'postgres';
  const safetyCopyPath = await safetyCopyPathFor(
    path.dirname(path.resolve(backupPath)),
    database,
    'dump',
    now,
  );
  try {
    await backupPostgres(databaseUrl, safetyCopyPath);
  } catch (error) {
    const reason = error instanceof AppError ? error.message : String(error);
    throw new AppError(
      'UNPROCESSABLE',
      `Não foi possível guardar o banco atual antes de restaurar. ${reason}`,
    );
  }
  const { dbname, env } = connectionFor(databaseUrl);
  const run = await runTool(
    'pg_restore',
    [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${dbname}`,
      backupPath,
    ],
    { env },
  );
  if (run.code !== 0) {
    throw new Error(`o pg_restore falhou e nada foi alterado (${toolMessage(run)})`);
  }
  await finishRestore(databaseUrl, { backupPath, safetyCopyPath, now });
  return { safetyCopyPath, counts: check.counts };
}
