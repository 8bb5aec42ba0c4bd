/**
 * A few promise wrappers over the `sqlite3` driver for the backup tools, which need a raw
 * connection: Knex does not expose SQLite's online backup API.
 */
import sqlite3 from 'sqlite3';

// The package implements `Database#backup` (src/backup.cc) but its typings leave it out.
declare module 'sqlite3' {
  interface Backup {
    step(pages: number, callback: (error: SqliteError | null, isDone?: boolean) => void): this;
    finish(callback?: () => void): this;
    readonly remaining: number;
    readonly pageCount: number;
    readonly completed: boolean;
    readonly failed: boolean;
  }
  interface Database {
    backup(
      filename: string,
      destinationName: string,
      sourceName: string,
      isFilenameDestination: boolean,
      callback: (error: SqliteError | null) => void,
    ): Backup;
  }
}

export type SqliteError = Error & { code?: string };
export type Connection = sqlite3.Database;

const BUSY_TIMEOUT_MS = 5000;
/** Busy/locked steps are retried this often before giving up (on top of the busy timeout). */
const MAX_BUSY_RETRIES = 20;
const RETRY_DELAY_MS = 100;

export function openConnection(filename: string, options: { isReadOnly: boolean }): Promise<Connection> {
  const mode = options.isReadOnly ? sqlite3.OPEN_READONLY : sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE;
  return new Promise((resolve, reject) => {
    const connection: Connection = new sqlite3.Database(filename, mode, (error) => {
      if (error) return reject(error);
      connection.configure('busyTimeout', BUSY_TIMEOUT_MS);
      resolve(connection);
    });
  });
}

export function closeConnection(connection: Connection): Promise<void> {
  return new Promise((resolve, reject) => connection.close((error) => (error ? reject(error) : resolve())));
}

/** Opens, runs `work`, and always closes, so no file handle outlives a failed check. */
export async function withConnection<T>(
  filename: string,
  options: { isReadOnly: boolean },
  work: (connection: Connection) => Promise<T>,
): Promise<T> {
  const connection = await openConnection(filename, options);
  try {
    return await work(connection);
  } finally {
    await closeConnection(connection);
  }
}

export function queryAll<T>(connection: Connection, sql: string, params: unknown[] = []): Promise<T[]> {
  return new Promise((resolve, reject) =>
    connection.all<T>(sql, params, (error, rows) => (error ? reject(error) : resolve(rows))),
  );
}

export function execute(connection: Connection, sql: string): Promise<void> {
  return new Promise((resolve, reject) =>
    connection.exec(sql, (error) => (error ? reject(error) : resolve())),
  );
}

export type BackupDirection = 'connection-to-file' | 'file-to-connection';

/**
 * Copies every page of `main` between `connection` and `filename` with sqlite3_backup. One step
 * of -1 pages copies everything under a single read transaction on the source, so the copy is the
 * snapshot at that moment even while other connections write (WAL lets them go on writing); small
 * steps would restart whenever another connection writes, and might never finish on a busy server.
 */
export async function copyPages(
  connection: Connection,
  filename: string,
  direction: BackupDirection,
): Promise<{ pages: number }> {
  const isFilenameDestination = direction === 'connection-to-file';
  const backup = await new Promise<sqlite3.Backup>((resolve, reject) => {
    const started = connection.backup(filename, 'main', 'main', isFilenameDestination, (error) =>
      error ? reject(error) : resolve(started),
    );
  });
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await new Promise<void>((resolve, reject) =>
          backup.step(-1, (error) => (error ? reject(error) : resolve())),
        );
      } catch (error) {
        if (!isBusy(error) || backup.failed || attempt >= MAX_BUSY_RETRIES) throw error;
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
        continue;
      }
      if (backup.completed) return { pages: backup.pageCount };
      if (backup.failed) throw new Error('sqlite3_backup_step falhou sem mensagem de erro');
    }
  } finally {
    // Releases the driver's reference to the connection; harmless after completion or failure.
    await new Promise<void>((resolve) => backup.finish(() => resolve()));
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as SqliteError | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

export function sqliteErrorCode(error: unknown): string | undefined {
  return error instanceof Error ? (error as SqliteError).code : undefined;
}
