/** What the SQLite and the PostgreSQL backups share: file names, moving a copy into place, versions. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createDb, migrateToLatest } from '../db/client.ts';
import { appendAudit } from '../db/repositories/audit-repository.ts';
import { bumpDataRevision } from '../db/repositories/data-revision-repository.ts';
import { AppError } from '../errors.ts';
import { auditEntry } from '../services/audit.ts';
import { listKnownMigrations } from './app-schema.ts';

/** A backup made by a newer (or a different) version of the app, as a sentence; null when known. */
export async function unknownMigrationProblem(migrations: string[]): Promise<string | null> {
  const known = await listKnownMigrations();
  const unknown = migrations.filter((name) => !known.includes(name)).sort();
  const newest = unknown.at(-1);
  if (!newest) return null;
  const latestKnown = known.at(-1) ?? '';
  return newest > latestKnown
    ? `A cópia é de uma versão mais nova do painel (migração ${newest}): atualize o aplicativo antes de restaurar.`
    : `A cópia tem uma migração que esta versão do painel não conhece (${newest}).`;
}

/** link() refuses an existing name atomically, so a file created meanwhile is never replaced. */
export async function moveIntoPlace(
  temporary: string,
  destination: string,
  overwrite: boolean,
): Promise<void> {
  if (overwrite) return fs.rename(temporary, destination);
  try {
    await fs.link(temporary, destination);
    return;
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') throw destinationExists(destination);
    // Some network shares have no hard links: fall back to check-then-rename.
    if (await exists(destination)) throw destinationExists(destination);
    await fs.rename(temporary, destination);
  }
}

export function destinationExists(destination: string): AppError {
  return new AppError(
    'CONFLICT',
    `O arquivo ${destination} já existe: escolha outro nome ou apague-o antes.`,
  );
}

export async function exists(filePath: string): Promise<boolean> {
  try {
    await fs.access(filePath);
    return true;
  } catch {
    return false;
  }
}

export function errnoCode(error: unknown): string | undefined {
  return error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
}

/** Local time, no colons (not allowed in Windows file names): 2026-11-24_12-00-00. */
function fileTimestamp(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `_${pad(date.getHours())}-${pad(date.getMinutes())}-${pad(date.getSeconds())}`
  );
}

/**
 * The last steps of every restore, on either engine: the restored copy gets this version's schema
 * (as the server does at start), its sessions end (they would reopen old logins) and the restore
 * is audited.
 */
export async function finishRestore(
  databaseUrl: string,
  details: { backupPath: string; safetyCopyPath: string | null; now: Date },
): Promise<void> {
  const db = createDb(databaseUrl);
  try {
    await migrateToLatest(db);
    // The restored data came in without a Knex commit: cached figures must not outlive it.
    await bumpDataRevision(db);
    await db('sessions').delete();
    await appendAudit(db, [
      auditEntry({ id: null, username: `linha de comando (${os.userInfo().username})` }, details.now, {
        action: 'restore',
        entity: 'banco',
        key: path.basename(details.backupPath),
        after: {
          copiaDeSeguranca: details.safetyCopyPath === null ? null : path.basename(details.safetyCopyPath),
        },
      }),
    ]);
  } finally {
    await db.destroy();
  }
}

/**
 * Where a restore keeps the database as it was: `<stem>.antes-da-restauracao-<date and time>.<ext>`
 * in `directory`, with "-2", "-3"… when a restore in the same second already took the name.
 */
export async function safetyCopyPathFor(directory: string, stem: string, extension: string, now: Date) {
  const base = path.join(directory, `${stem}.antes-da-restauracao-${fileTimestamp(now)}`);
  for (let attempt = 1; ; attempt++) {
    const candidate = `${base}${attempt === 1 ? '' : `-${attempt}`}.${extension}`;
    if (!(await exists(candidate))) return candidate;
  }
}
