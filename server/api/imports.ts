/**
 * File imports over HTTP: the page (or a script with a session) posts the file's bytes, then polls
 * the job for progress and the report.
 */
import express from 'express';
import { ZJustificationSchema } from '../../shared/schemas/data-entry.ts';
import { inputErrorMessage, z } from '../../shared/schemas/zod-locale.ts';
import type { AppOptions } from '../app.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { authOf } from '../http/authenticate.ts';
import type { AuthenticatedUser } from '../services/auth.ts';
import { getImportJob, startImportJob } from '../services/import-jobs.ts';

export const MAX_IMPORT_MB = 20;

export const ZImportQuerySchema = z.object({
  formato: z.enum(['modelo', 'tabnet'], { error: 'Formato: use modelo ou tabnet.' }),
  indicador: z.string().trim().max(40).optional(),
  conteudo: z
    .enum(['numerador', 'denominador'], { error: 'Conteúdo: use numerador ou denominador.' })
    .optional(),
  aplicar: z.enum(['sim', 'nao'], { error: 'Aplicar: use sim ou nao.' }).default('nao'),
  /** Why the values far from their history are right, when the file has any. */
  justificativa: ZJustificationSchema.optional(),
});

/** The file's name as the browser sent it, %-encoded; a malformed one is the client's mistake. */
function decodedFileName(header: string | string[] | undefined): string {
  try {
    return decodeURIComponent(String(header ?? 'arquivo'));
  } catch {
    throw new AppError(
      'BAD_REQUEST',
      'O cabeçalho X-Nome-Arquivo não é um nome de arquivo válido (codificação % incorreta).',
    );
  }
}

function signedInUser(response: express.Response): AuthenticatedUser {
  const auth = authOf(response);
  if (auth.kind !== 'user')
    throw new AppError('FORBIDDEN', 'Importações exigem uma sessão de usuário, não um token.');
  return auth.user;
}

export function createImportRouter(db: Db, options: AppOptions): express.Router {
  const router = express.Router();

  router.post(
    '/',
    express.raw({ type: () => true, limit: `${MAX_IMPORT_MB}mb` }),
    async (request, response) => {
      const user = signedInUser(response);
      const query = ZImportQuerySchema.safeParse(request.query);
      if (!query.success) throw new AppError('BAD_REQUEST', inputErrorMessage(query.error));
      const bytes = Buffer.isBuffer(request.body) ? new Uint8Array(request.body) : new Uint8Array();
      const fileName = decodedFileName(request.headers['x-nome-arquivo']);
      const job = await startImportJob(
        db,
        { kind: 'user', user },
        {
          bytes,
          fileName,
          format: query.data.formato === 'modelo' ? 'template' : 'tabnet',
          indicatorCode: query.data.indicador || undefined,
          half:
            query.data.conteudo === undefined
              ? undefined
              : query.data.conteudo === 'numerador'
                ? 'numerator'
                : 'denominator',
          justification: query.data.justificativa ?? null,
        },
        { apply: query.data.aplicar === 'sim', now: options.now() },
      );
      response.status(202).json({ id: job.id });
    },
  );

  router.get('/:id', async (request, response) => {
    const user = signedInUser(response);
    response.json(await getImportJob(db, request.params.id, user.id));
  });

  return router;
}
