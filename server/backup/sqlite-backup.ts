/**
 * Backup and restore of the SQLite database while the server may be running: `npm run backup`,
 * `npm run restore` (scripts/) and the integration tests use these three functions.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.ts';
import { appTablesAfter, isAppTable, MIGRATIONS_TABLE } from './app-schema.ts';
import {
  destinationExists,
  errnoCode,
  exists,
  finishRestore,
  moveIntoPlace,
  safetyCopyPathFor,
  unknownMigrationProblem,
} from './backup-files.ts';
import {
  type Connection,
  copyPages,
  execute,
  queryAll,
  sqliteErrorCode,
  withConnection,
} from './sqlite-connection.ts';

export type BackupResult = { bytes: number; pages: number };
export type BackupCheck =
  | { ok: true; migrations: string[]; counts: Record<string, number> }
  | { ok: false; problem: string };

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;
const MAX_LISTED_PROBLEMS = 3;

/**
 * A consistent copy of a live database through SQLite's online backup API. The copy is written to
 * a hidden temporary file beside the destination and only gets its final name once it passed
 * `integrity_check`, so an interrupted backup never leaves a half file that looks like a backup.
 */
export async function backupDatabase(
  sourcePath: string,
  destinationPath: string,
  options: { overwrite?: boolean } = {},
): Promise<BackupResult> {
  const sourceProblem = await sqliteFileProblem(sourcePath, { isBackup: false });
  if (sourceProblem) {
    throw new AppError('UNPROCESSABLE', `O banco ${sourcePath} não pode ser copiado. ${sourceProblem}`);
  }
  const destination = path.resolve(destinationPath);
  if (destination === path.resolve(sourcePath)) {
    throw new AppError('BAD_REQUEST', 'A cópia não pode ser gravada sobre o próprio banco em uso.');
  }
  if (!options.overwrite && (await exists(destination))) throw destinationExists(destination);

  await fs.mkdir(path.dirname(destination), { recursive: true });
  const temporary = path.join(
    path.dirname(destination),
    `.${path.basename(destination)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    const { pages } = await withConnection(sourcePath, { isReadOnly: true }, (source) =>
      copyPages(source, temporary, 'connection-to-file'),
    );
    await withConnection(temporary, { isReadOnly: false }, async (copy) => {
      // The pages carry the live database's WAL flag; a backup should be one self-contained file.
      await execute(copy, 'PRAGMA journal_mode = DELETE');
      const problems = await integrityProblems(copy);
      if (problems) {
        throw new Error(`A cópia recém-gravada falhou na verificação de integridade: ${problems}`);
      }
    });
    await moveIntoPlace(temporary, destination, options.overwrite === true);
    return { bytes: (await fs.stat(destination)).size, pages };
  } finally {
    await removeDatabaseFiles(temporary);
  }
}

/** Everything that must hold before a file may replace the live database, as one Portuguese problem. */
export async function checkBackupFile(filePath: string): Promise<BackupCheck> {
  const problem = await sqliteFileProblem(filePath, { isBackup: true });
  if (problem) return { ok: false, problem };
  try {
    return await withConnection(filePath, { isReadOnly: true }, inspectBackup);
  } catch (error) {
    return { ok: false, problem: describeReadError(error) };
  }
}

/**
 * Puts a checked backup back into the live database.
 *
 * The file is not swapped under the server: a running process keeps its open handle (and its
 * -wal/-shm files) on the old inode, so it would go on serving, and writing to, the replaced
 * database. Instead the backup API copies the backup's pages INTO the live database through an
 * ordinary connection, in one write transaction: the server's connection waits for the lock
 * like for any write, then sees either the whole old database or the whole restored one. A copy
 * of the database as it was is kept beside it first, so a wrong restore can itself be undone.
 *
 * Throws an AppError only for refusals, all raised before the live database is touched.
 */
export async function restoreDatabase(
  backupPath: string,
  livePath: string,
  options: { now?: () => Date } = {},
): Promise<{ safetyCopyPath: string | null; counts: Record<string, number> }> {
  const check = await checkBackupFile(backupPath);
  if (!check.ok) throw new AppError('UNPROCESSABLE', check.problem);
  if (path.resolve(backupPath) === path.resolve(livePath)) {
    throw new AppError('BAD_REQUEST', 'A cópia e o banco em uso são o mesmo arquivo.');
  }

  let safetyCopyPath: string | null = null;
  if (await exists(livePath)) {
    await assertSamePageSize(backupPath, livePath);
    safetyCopyPath = await safetyCopyPathFor(
      path.dirname(livePath),
      path.basename(livePath),
      'sqlite',
      options.now?.() ?? new Date(),
    );
    await backupDatabase(livePath, safetyCopyPath);
  }
  await fs.mkdir(path.dirname(path.resolve(livePath)), { recursive: true });
  await withConnection(livePath, { isReadOnly: false }, (live) =>
    copyPages(live, backupPath, 'file-to-connection'),
  );

  await finishRestore(livePath, { backupPath, safetyCopyPath, now: options.now?.() ?? new Date() });
  return { safetyCopyPath, counts: check.counts };
}

async function inspectBackup(connection: Connection): Promise<BackupCheck> {
  const problems = await integrityProblems(connection);
  if (problems) return { ok: false, problem: `A cópia está corrompida: o SQLite diz "${problems}".` };

  const tables = (
    await queryAll<{ name: string }>(connection, "select name from sqlite_master where type = 'table'")
  ).map((row) => row.name);
  if (!tables.includes(MIGRATIONS_TABLE)) {
    return {
      ok: false,
      problem: `O arquivo é um banco SQLite, mas não é uma cópia do painel (falta a tabela ${MIGRATIONS_TABLE}).`,
    };
  }
  const migrations = (
    await queryAll<{ name: string }>(connection, `select name from ${MIGRATIONS_TABLE} order by id`)
  ).map((row) => row.name);
  const migrationProblem = await unknownMigrationProblem(migrations);
  if (migrationProblem) return { ok: false, problem: migrationProblem };

  const latest = [...migrations].sort().at(-1);
  if (!latest)
    return { ok: false, problem: 'A cópia não tem nenhuma migração registrada: não é um banco do painel.' };
  const missing = (await appTablesAfter(latest)).filter((table) => !tables.includes(table));
  if (missing.length > 0) {
    return { ok: false, problem: `Faltam tabelas do painel na cópia: ${missing.join(', ')}.` };
  }

  const counts: Record<string, number> = {};
  for (const table of tables.filter(isAppTable).sort()) {
    const [row] = await queryAll<{ n: number }>(
      connection,
      `select count(*) as n from ${quoteIdentifier(table)}`,
    );
    counts[table] = row?.n ?? 0;
  }
  return { ok: true, migrations, counts };
}

/** `integrity_check` messages, or null when it says ok. */
async function integrityProblems(connection: Connection): Promise<string | null> {
  const rows = await queryAll<{ integrity_check: string }>(
    connection,
    `PRAGMA integrity_check(${MAX_LISTED_PROBLEMS})`,
  );
  const messages = rows
    .flatMap((row) => row.integrity_check.split('\n'))
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('*** in database'));
  return messages.length === 1 && messages[0] === 'ok' ? null : messages.join('; ');
}

/**
 * Checked on the raw bytes before SQLite opens the file: SQLite would take a missing or empty file
 * for a new empty database, and read the missing pages of a copy cut short (a full disk, a pulled
 * pen drive) as zeros. The length check is for backups only: the live database's header may run
 * ahead of its size for a moment during a checkpoint.
 */
async function sqliteFileProblem(filePath: string, options: { isBackup: boolean }): Promise<string | null> {
  const header = await readHeader(filePath);
  if (typeof header === 'string') return header;
  const { bytes, size } = header;
  if (size === 0) return 'O arquivo está vazio: não é um banco SQLite.';
  if (!bytes.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) return 'O arquivo não é um banco SQLite.';
  if (!options.isBackup) return null;
  if (bytes.length < HEADER_BYTES) return 'A cópia está corrompida: o arquivo termina no meio do cabeçalho.';
  // Bytes 16–17: page size (1 means 65536). Bytes 28–31: size in pages, trusted only when the
  // change counter (24) equals the "version valid for" number (92), as SQLite itself does.
  const rawPageSize = bytes.readUInt16BE(16);
  const expectedSize = (rawPageSize === 1 ? 65536 : rawPageSize) * bytes.readUInt32BE(28);
  const isPageCountValid = bytes.readUInt32BE(24) === bytes.readUInt32BE(92);
  if (isPageCountValid && size < expectedSize) {
    return (
      `A cópia está corrompida: o arquivo tem ${size} bytes, mas deveria ter ${expectedSize}` +
      ' (cópia incompleta ou cortada).'
    );
  }
  return null;
}

/** The first bytes and the size of a file, or a Portuguese problem when there is no such file. */
async function readHeader(filePath: string): Promise<{ bytes: Buffer; size: number } | string> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(filePath, 'r');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return 'O arquivo não existe.';
    if (errnoCode(error) === 'EISDIR') return 'O caminho é uma pasta, não um arquivo.';
    throw error;
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return 'O caminho não é um arquivo comum.';
    const bytes = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await handle.read(bytes, 0, HEADER_BYTES, 0);
    return { bytes: bytes.subarray(0, bytesRead), size: stats.size };
  } finally {
    await handle.close();
  }
}

function describeReadError(error: unknown): string {
  const code = sqliteErrorCode(error);
  // The driver's message is "SQLITE_CODE: english text"; the user gets the text as SQLite's words.
  const detail = (error instanceof Error ? error.message : String(error)).replace(/^SQLITE_\w+: /, '');
  if (code === 'SQLITE_NOTADB') return 'O arquivo não é um banco SQLite.';
  if (code === 'SQLITE_CORRUPT') return `A cópia está corrompida: o SQLite diz "${detail}".`;
  return `Não foi possível ler a cópia: o SQLite diz "${detail}".`;
}

/** The backup API cannot change the page size of a database in WAL mode (SQLITE_READONLY). */
async function assertSamePageSize(backupPath: string, livePath: string): Promise<void> {
  const pageSize = (filePath: string) =>
    withConnection(filePath, { isReadOnly: true }, async (connection) => {
      const [row] = await queryAll<{ page_size: number }>(connection, 'PRAGMA page_size');
      return row?.page_size ?? 0;
    });
  const [backupPageSize, livePageSize] = [await pageSize(backupPath), await pageSize(livePath)];
  if (backupPageSize !== livePageSize) {
    throw new AppError(
      'UNPROCESSABLE',
      `A cópia usa páginas de ${backupPageSize} bytes e o banco em uso, de ${livePageSize}: ` +
        'pare o servidor, mova o banco em uso para outra pasta e restaure de novo.',
    );
  }
}

async function removeDatabaseFiles(databasePath: string): Promise<void> {
  for (const suffix of ['', '-journal', '-wal', '-shm']) {
    await fs.rm(`${databasePath}${suffix}`, { force: true });
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
