import type { ImportJob } from '../../services/import-jobs.ts';
import type { Db } from '../client.ts';

type DbJob = {
  id: string;
  owner_id: number;
  is_apply: boolean | number;
  status: ImportJob['status'];
  phase: ImportJob['phase'];
  done: number;
  total: number;
  report_json: string | null;
  error: string | null;
  started_at: string;
};

const toJob = (row: DbJob): ImportJob => ({
  id: row.id,
  ownerId: row.owner_id,
  isApply: Boolean(row.is_apply),
  status: row.status,
  phase: row.phase,
  done: row.done,
  total: row.total,
  report: row.report_json === null ? null : JSON.parse(row.report_json),
  error: row.error,
  startedAt: row.started_at,
});

export async function insertImportJob(db: Db, job: ImportJob): Promise<void> {
  await db('import_jobs').insert({
    id: job.id,
    owner_id: job.ownerId,
    is_apply: job.isApply,
    status: job.status,
    phase: job.phase,
    done: job.done,
    total: job.total,
    report_json: job.report === null ? null : JSON.stringify(job.report),
    error: job.error,
    started_at: job.startedAt,
  });
}

/** Progress or the end of a job: only a running job changes, so a late progress never reopens one. */
export async function updateImportJob(
  db: Db,
  id: string,
  changes: Pick<ImportJob, 'status' | 'phase' | 'done' | 'total' | 'report' | 'error'>,
): Promise<void> {
  await db('import_jobs')
    .where({ id, status: 'running' })
    .update({
      status: changes.status,
      phase: changes.phase,
      done: changes.done,
      total: changes.total,
      report_json: changes.report === null ? null : JSON.stringify(changes.report),
      error: changes.error,
    });
}

export async function findImportJob(db: Db, id: string): Promise<ImportJob | null> {
  const row: DbJob | undefined = await db('import_jobs').where({ id }).first();
  return row ? toJob(row) : null;
}

export async function deleteImportJobsStartedBefore(db: Db, before: string): Promise<void> {
  await db('import_jobs').where('started_at', '<', before).delete();
}
