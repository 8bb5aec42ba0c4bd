import { randomBytes } from 'node:crypto';
import type { Db } from '../client.ts';

/** The data's current revision (see db/knex-clients.ts). */
export async function readDataRevision(db: Db): Promise<string> {
  const row: { revision: string } | undefined = await db('data_revision').where({ id: 1 }).first('revision');
  return row?.revision ?? '';
}

/**
 * Both revisions in one read: the data's and who may read's (migration 20261209000000): what a
 * request checks, rather than its session, when the server already knows that session.
 */
export async function readRevisions(db: Db): Promise<{ data: string; access: string }> {
  const row: { data: string; access: string } | undefined = await db('data_revision')
    .join('access_revision', 'access_revision.id', 'data_revision.id')
    .where('data_revision.id', 1)
    .first('data_revision.revision as data', 'access_revision.revision as access');
  return { data: row?.data ?? '', access: row?.access ?? '' };
}

/** A new revision for a change made outside a Knex transaction (a restore). */
export async function bumpDataRevision(db: Db): Promise<void> {
  await db('data_revision')
    .where({ id: 1 })
    .update({ revision: randomBytes(8).toString('hex') });
}
