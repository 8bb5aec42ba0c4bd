import type { Db } from '../db/client.ts';
import { appendAudit, listAudit } from '../db/repositories/audit-repository.ts';

export const AUDIT_PAGE_SIZE = 50;

/** Day boundaries for the audit filter: the whole "to" day is included. */
function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export async function listAuditPage(
  db: Db,
  filter: {
    entity?: string;
    entityKey?: string;
    username?: string;
    from?: string;
    to?: string;
    page: number;
  },
) {
  const result = await listAudit(db, {
    entity: filter.entity || undefined,
    entityKey: filter.entityKey || undefined,
    username: filter.username || undefined,
    from: filter.from,
    to: filter.to ? nextDay(filter.to) : undefined,
    limit: AUDIT_PAGE_SIZE,
    offset: (filter.page - 1) * AUDIT_PAGE_SIZE,
  });
  return { ...result, pageSize: AUDIT_PAGE_SIZE };
}

/** Every entry matching the filter, for an export (capped so a download stays reasonable). */
export async function listAllAudit(
  db: Db,
  filter: { entity?: string; entityKey?: string; username?: string; from?: string; to?: string },
) {
  const { rows } = await listAudit(db, {
    entity: filter.entity || undefined,
    entityKey: filter.entityKey || undefined,
    username: filter.username || undefined,
    from: filter.from,
    to: filter.to ? nextDay(filter.to) : undefined,
    limit: 100_000,
    offset: 0,
  });
  return rows;
}

/** One audit entry for a change `user` made now; written in the caller's transaction. */
export function auditChange(
  db: Db,
  user: { id: number; username: string },
  now: Date,
  change: { action: string; entity: string; key: string; before?: unknown; after?: unknown },
) {
  return appendAudit(db, [
    {
      at: now.toISOString(),
      userId: user.id,
      username: user.username,
      action: change.action,
      entity: change.entity,
      entityKey: change.key,
      before: change.before ?? null,
      after: change.after ?? null,
    },
  ]);
}
