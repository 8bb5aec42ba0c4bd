import type { AuditAction, AuditEntity } from '../../../shared/domain/audit-labels.ts';
import type { Db } from '../client.ts';

/** An entry to write: only codes the audit log has labels for (build it with services/audit.ts). */
export type AuditEntry = {
  at: string;
  userId: number | null;
  username: string;
  action: AuditAction;
  entity: AuditEntity;
  entityKey: string;
  before: object | null;
  after: object | null;
};

/** An entry as stored, by this version or an older one: its codes are whatever was written. */
export type AuditRow = Omit<AuditEntry, 'action' | 'entity' | 'before' | 'after'> & {
  id: number;
  action: string;
  entity: string;
  before: unknown;
  after: unknown;
};

/** Append only: the table's triggers refuse updates and deletes. */
export async function appendAudit(db: Db, entries: readonly AuditEntry[]): Promise<void> {
  for (let start = 0; start < entries.length; start += 400) {
    await db('audit_log').insert(
      entries.slice(start, start + 400).map((entry) => ({
        at: entry.at,
        user_id: entry.userId,
        username: entry.username,
        action: entry.action,
        entity: entry.entity,
        entity_key: entry.entityKey,
        before_json: entry.before === null ? null : JSON.stringify(entry.before),
        after_json: entry.after === null ? null : JSON.stringify(entry.after),
      })),
    );
  }
}

export type AuditFilter = {
  entity?: string;
  entityKey?: string;
  username?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
};

export async function listAudit(db: Db, filter: AuditFilter): Promise<{ rows: AuditRow[]; total: number }> {
  const query = db('audit_log');
  if (filter.entity) query.where({ entity: filter.entity });
  if (filter.entityKey) query.where({ entity_key: filter.entityKey });
  if (filter.username) query.where({ username: filter.username });
  if (filter.from) query.where('at', '>=', filter.from);
  if (filter.to) query.where('at', '<', filter.to);
  const total = (await query.clone().count('* as n').first()) as { n: number | string } | undefined;
  const rows: {
    id: number;
    at: string;
    user_id: number | null;
    username: string;
    action: string;
    entity: string;
    entity_key: string;
    before_json: string | null;
    after_json: string | null;
  }[] = await query.select('*').orderBy('id', 'desc').limit(filter.limit).offset(filter.offset);
  return {
    total: Number(total?.n ?? 0),
    rows: rows.map((row) => ({
      id: row.id,
      at: row.at,
      userId: row.user_id,
      username: row.username,
      action: row.action,
      entity: row.entity,
      entityKey: row.entity_key,
      before: row.before_json === null ? null : JSON.parse(row.before_json),
      after: row.after_json === null ? null : JSON.parse(row.after_json),
    })),
  };
}
