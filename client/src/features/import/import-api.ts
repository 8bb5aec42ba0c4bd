/**
 * The import endpoints are REST, not tRPC: the file travels as raw bytes (up to 20 MB), and the
 * import runs as a job the page polls. Errors arrive as `{ error }` with a Portuguese sentence.
 */
import type { ImportJob } from '../../../../server/services/import-jobs.ts';
import { loginPath } from '../auth/next-path.ts';

export type { ImportJob };
export type ImportReport = NonNullable<ImportJob['report']>;
export type ImportProblem = ImportReport['problems'][number];
export type ImportSample = ImportReport['samples'][number];

export type ImportFormat = 'modelo' | 'tabnet';
export type ImportContent = 'numerador' | 'denominador';

export type ImportRequest = {
  file: File;
  format: ImportFormat;
  /** TabNet only: the indicator the file feeds, and which half of its values the file holds. */
  indicatorCode: string | null;
  content: ImportContent | null;
  /** False: preview only. True: write, if the file has no problem. */
  isApply: boolean;
  /** Why the values far from their history are right, when the preview found any. */
  justification?: string;
};

/** An answer of the server that refused the request; `message` is its Portuguese sentence. */
export class ImportApiError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.name = 'ImportApiError';
    this.status = status;
  }
}

const IMPORTS_URL = '/api/v1/imports';

export function importUrl(request: Omit<ImportRequest, 'file'>): string {
  const params = new URLSearchParams({ formato: request.format });
  if (request.format === 'tabnet') {
    if (request.indicatorCode) params.set('indicador', request.indicatorCode);
    if (request.content) params.set('conteudo', request.content);
  }
  params.set('aplicar', request.isApply ? 'sim' : 'nao');
  if (request.justification?.trim()) params.set('justificativa', request.justification.trim());
  return `${IMPORTS_URL}?${params.toString()}`;
}

async function readAnswer<T>(response: Response): Promise<T> {
  if (response.status === 401) {
    // The session ended: log in again and come back to this page.
    window.location.assign(loginPath(`${window.location.pathname}${window.location.search}`));
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message =
      typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string'
        ? body.error
        : `O servidor recusou o pedido (erro ${response.status}). Tente novamente.`;
    throw new ImportApiError(response.status, message);
  }
  return body as T;
}

/** Sends the file; the server answers at once with the job to poll. */
export async function startImport(request: ImportRequest): Promise<{ id: string }> {
  const response = await fetch(importUrl(request), {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-nome-arquivo': encodeURIComponent(request.file.name),
    },
    body: request.file,
  });
  return readAnswer<{ id: string }>(response);
}

export async function fetchImportJob(id: string): Promise<ImportJob> {
  return readAnswer<ImportJob>(await fetch(`${IMPORTS_URL}/${encodeURIComponent(id)}`));
}
