/**
 * Imports run as jobs so a big file never holds the request: the page polls the job and shows
 * its progress. Jobs are rows of `import_jobs` (kept an hour), so with several app instances on
 * one PostgreSQL database any of them answers the poll. The instance running a job also keeps it
 * in memory and answers from there: on SQLite the import's own write transaction holds the only
 * writer, so progress cannot be written while the values are.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { isPostgresDb } from '../db/dialect.ts';
import {
  deleteImportJobsStartedBefore,
  findImportJob,
  insertImportJob,
  updateImportJob,
} from '../db/repositories/import-job-repository.ts';
import { AppError } from '../errors.ts';
import { logError } from '../logging.ts';
import {
  type Importer,
  type ImportPhase,
  type ImportReport,
  type ImportRequest,
  runImport,
} from './data-import.ts';

export type ImportJob = {
  id: string;
  ownerId: number;
  isApply: boolean;
  status: 'running' | 'done' | 'failed';
  phase: ImportPhase;
  done: number;
  total: number;
  report: ImportReport | null;
  error: string | null;
  startedAt: string;
};

const KEEP_MS = 60 * 60 * 1000;
/** Progress reaches the table at most this often (a poll comes every few hundred ms). */
const PROGRESS_EVERY_MS = 250;
/** Jobs this instance is running, for its own polls. */
const running = new Map<string, ImportJob>();

export async function startImportJob(
  db: Db,
  importer: Extract<Importer, { kind: 'user' }>,
  request: ImportRequest,
  options: { apply: boolean; now: Date },
): Promise<ImportJob> {
  await deleteImportJobsStartedBefore(db, new Date(options.now.getTime() - KEEP_MS).toISOString());
  const job: ImportJob = {
    id: randomUUID(),
    ownerId: importer.user.id,
    isApply: options.apply,
    status: 'running',
    phase: 'lendo',
    done: 0,
    total: 1,
    report: null,
    error: null,
    startedAt: options.now.toISOString(),
  };
  await insertImportJob(db, job);
  running.set(job.id, job);
  // Writes of the job go one after another and never hold the import up; a failed one is logged.
  // Progress is written on PostgreSQL only, at each phase and at most every PROGRESS_EVERY_MS.
  let writes = Promise.resolve();
  let lastWrite = 0;
  const persist = () => {
    lastWrite = Date.now();
    const snapshot = { ...job };
    writes = writes
      .then(() => updateImportJob(db, job.id, snapshot))
      .catch((error: unknown) => logError('progresso da importação', error));
    return writes;
  };
  // Started on the next turn of the event loop: the upload request answers at once.
  setImmediate(() => {
    runImport(db, importer, request, {
      ...options,
      onProgress: (phase, done, total) => {
        const phaseChanged = phase !== job.phase;
        Object.assign(job, { phase, done, total });
        if (isPostgresDb(db) && (phaseChanged || Date.now() - lastWrite >= PROGRESS_EVERY_MS)) void persist();
      },
    })
      .then((report) => Object.assign(job, { status: 'done', report }))
      .catch((error: unknown) => {
        const message =
          error instanceof AppError
            ? error.message
            : 'A importação falhou por um erro interno; nada foi gravado.';
        if (!(error instanceof AppError)) logError('importação', error);
        Object.assign(job, { status: 'failed', error: message });
      })
      .then(persist)
      .finally(() => running.delete(job.id));
  });
  return job;
}

export async function getImportJob(db: Db, id: string, userId: number): Promise<ImportJob> {
  const job = running.get(id) ?? (await findImportJob(db, id));
  if (!job || job.ownerId !== userId)
    throw new AppError('NOT_FOUND', 'Importação não encontrada (ou já expirada).');
  return job;
}
