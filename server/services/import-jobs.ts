/**
 * Imports run as jobs so a big file never holds the request: the page polls the job and shows
 * its progress. Jobs live in this process's memory for an hour (one app server; with several,
 * they would move to a table).
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client.ts';
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
const jobs = new Map<string, ImportJob>();

function forgetOldJobs(now: Date): void {
  for (const [id, job] of jobs) if (now.getTime() - Date.parse(job.startedAt) > KEEP_MS) jobs.delete(id);
}

export function startImportJob(
  db: Db,
  importer: Extract<Importer, { kind: 'user' }>,
  request: ImportRequest,
  options: { apply: boolean; now: Date },
): ImportJob {
  forgetOldJobs(options.now);
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
  jobs.set(job.id, job);
  // Started on the next turn of the event loop: the upload request answers at once.
  setImmediate(() => {
    runImport(db, importer, request, {
      ...options,
      onProgress: (phase, done, total) => {
        Object.assign(job, { phase, done, total });
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
      });
  });
  return job;
}

export function getImportJob(id: string, userId: number): ImportJob {
  const job = jobs.get(id);
  if (!job || job.ownerId !== userId)
    throw new AppError('NOT_FOUND', 'Importação não encontrada (ou já expirada).');
  return job;
}
