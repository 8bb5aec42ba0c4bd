import { randomBytes } from 'node:crypto';
import type { Db } from '../client.ts';

/** The data's current revision (see db/knex-clients.ts). */
export async function readDataRevision(db: Db): Promise<string> {
  const row: { revision: string } | undefined = await db('data_revision').where({ id: 1 }).first('revision');
  return row?.revision ?? '';
}

/** A new revision for a change made outside a Knex transaction (a restore). */
export async function bumpDataRevision(db: Db): Promise<void> {
  await db('data_revision')
    .where({ id: 1 })
    .update({ revision: randomBytes(8).toString('hex') });
}
