/** Read-only tokens for spreadsheets and BI: shown once, stored as a hash, revocable, audited. */
import { hashSecret, newSecret } from '../auth/secret-token.ts';
import type { Db } from '../db/client.ts';
import { insertApiToken, listApiTokens, revokeApiToken } from '../db/repositories/api-token-repository.ts';
import { AppError } from '../errors.ts';
import { auditChange } from './audit.ts';
import type { AuthenticatedUser } from './auth.ts';

export function listTokens(db: Db) {
  return listApiTokens(db);
}

export async function issueToken(db: Db, actor: AuthenticatedUser, name: string, now: Date) {
  const secret = newSecret('pt_');
  return db.transaction(async (trx) => {
    const token = await insertApiToken(trx, {
      name,
      tokenHash: hashSecret(secret),
      prefix: secret.slice(0, 9),
      createdBy: actor.id,
      createdAt: now.toISOString(),
    });
    await auditChange(trx, actor, now, {
      action: 'create',
      entity: 'token',
      key: String(token.id),
      after: { name: token.name, prefix: token.prefix },
    });
    // The only time the secret leaves the server.
    return { token, secret };
  });
}

export async function revokeToken(db: Db, actor: AuthenticatedUser, id: number, now: Date): Promise<void> {
  await db.transaction(async (trx) => {
    if (!(await revokeApiToken(trx, id, now.toISOString())))
      throw new AppError('NOT_FOUND', 'Token não encontrado ou já revogado.');
    await auditChange(trx, actor, now, {
      action: 'revoke',
      entity: 'token',
      key: String(id),
      before: { revogado: false },
      after: { revogado: true },
    });
  });
}
