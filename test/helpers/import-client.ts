import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../server/db/client.ts';
import type { ImportJob } from '../../server/services/import-jobs.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');

/** Posts a file to the import endpoint; the job's id, or the refusal. */
export async function startImportFile(
  url: string,
  cookie: string,
  file: { name: string; bytes?: Uint8Array },
  query: Record<string, string>,
): Promise<{ status: number; id: string | null; error: string | null }> {
  const bytes = file.bytes ?? new Uint8Array(fs.readFileSync(path.join(FIXTURES, file.name)));
  const response = await fetch(`${url}/api/v1/imports?${new URLSearchParams(query)}`, {
    method: 'POST',
    headers: {
      cookie,
      'content-type': 'application/octet-stream',
      'x-nome-arquivo': encodeURIComponent(file.name),
    },
    body: Buffer.from(bytes),
  });
  const started = (await response.json()) as { id?: string; error?: string };
  return { status: response.status, id: started.id ?? null, error: started.error ?? null };
}

/** Polls a job (on any app instance: `url`) as the page does, until `until` holds (by default, its end). */
export async function pollImport(
  url: string,
  cookie: string,
  id: string,
  until: (job: ImportJob) => boolean = (job) => job.status !== 'running',
): Promise<ImportJob> {
  for (let attempt = 0; attempt < 1200; attempt += 1) {
    const poll = await fetch(`${url}/api/v1/imports/${id}`, { headers: { cookie } });
    const job = (await poll.json()) as ImportJob;
    if (until(job) || job.status !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('a importação não terminou');
}

/** Posts a file to the import endpoint and waits for the job to end; returns the finished job. */
export async function importFile(
  url: string,
  cookie: string,
  file: { name: string; bytes?: Uint8Array },
  query: Record<string, string>,
): Promise<{ status: number; job: ImportJob | null; error: string | null }> {
  const started = await startImportFile(url, cookie, file, query);
  if (!started.id) return { status: started.status, job: null, error: started.error };
  const job = await pollImport(url, cookie, started.id);
  return { status: started.status, job, error: job.error };
}

/** Everything an import could touch, to prove a refused file left the database exactly as it was. */
export async function databaseSnapshot(db: Db): Promise<string> {
  const values = await db('data_values').select('*').orderBy('id');
  const rollups = await db('data_value_years')
    .select('*')
    .orderBy(['indicator_code', 'year', 'territory_code']);
  const audit = await db('audit_log').count('* as n').first();
  return JSON.stringify({ values, rollups, audit });
}
