import type { Db } from '../client.ts';
import { insertedId } from './inserted-id.ts';

export type ApiTokenRow = {
  id: number;
  name: string;
  prefix: string;
  createdBy: number;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
};

type DbToken = {
  id: number;
  name: string;
  prefix: string;
  created_by: number;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
};

const toToken = (row: DbToken): ApiTokenRow => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  createdBy: row.created_by,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
  lastUsedAt: row.last_used_at,
});

export async function insertApiToken(
  db: Db,
  token: { name: string; tokenHash: string; prefix: string; createdBy: number; createdAt: string },
): Promise<ApiTokenRow> {
  const [inserted] = await db('api_tokens')
    .insert({
      name: token.name,
      token_hash: token.tokenHash,
      prefix: token.prefix,
      created_by: token.createdBy,
      created_at: token.createdAt,
    })
    .returning('id');
  const id = insertedId(inserted);
  return (await findApiToken(db, id)) as ApiTokenRow;
}

export async function findApiToken(db: Db, id: number): Promise<ApiTokenRow | null> {
  const row: DbToken | undefined = await db('api_tokens').where({ id }).first();
  return row ? toToken(row) : null;
}

export async function findActiveApiTokenByHash(db: Db, tokenHash: string): Promise<ApiTokenRow | null> {
  const row: DbToken | undefined = await db('api_tokens')
    .where({ token_hash: tokenHash })
    .whereNull('revoked_at')
    .first();
  return row ? toToken(row) : null;
}

export async function listApiTokens(db: Db): Promise<ApiTokenRow[]> {
  const rows: DbToken[] = await db('api_tokens').select('*').orderBy('created_at', 'desc');
  return rows.map(toToken);
}

export async function revokeApiToken(db: Db, id: number, at: string): Promise<boolean> {
  return (await db('api_tokens').where({ id }).whereNull('revoked_at').update({ revoked_at: at })) === 1;
}

export async function touchApiToken(db: Db, id: number, at: string): Promise<void> {
  await db('api_tokens').where({ id }).update({ last_used_at: at });
}
