import type { AuditAction, AuditEntity, AuditField } from '../../shared/domain/audit-labels.ts';
import { type AuditEntryText, type AuditNames, describeAuditEntry } from '../../shared/domain/audit-text.ts';
import { addDays, startOfDayInMt } from '../../shared/domain/dates.ts';
import { territoryLabel } from '../../shared/domain/territory.ts';
import { TABLE_PAGE_SIZE } from '../../shared/pagination.ts';
import type { Db } from '../db/client.ts';
import { readTogether } from '../db/read-together.ts';
import {
  type AuditEntry,
  type AuditRow,
  appendAudit,
  listAudit,
} from '../db/repositories/audit-repository.ts';
import { listTerritories } from '../db/repositories/territory-repository.ts';
import { listUsers } from '../db/repositories/user-repository.ts';

type AuditFilter = { entity?: string; entityKey?: string; username?: string; from?: string; to?: string };

/** The filter's days are Mato Grosso days, as the page shows the moments; the whole "to" day is included. */
function auditQuery(filter: AuditFilter) {
  return {
    entity: filter.entity || undefined,
    entityKey: filter.entityKey || undefined,
    username: filter.username || undefined,
    from: filter.from ? startOfDayInMt(filter.from) : undefined,
    to: filter.to ? startOfDayInMt(addDays(filter.to, 1)) : undefined,
  };
}

/** The names the entries' ids and codes stand for: users by id, territories by code. */
async function auditNames(db: Db): Promise<AuditNames> {
  const [users, territories] = await readTogether(db, [() => listUsers(db), () => listTerritories(db)]);
  const userNames = new Map(users.map((user) => [user.id, user.displayName]));
  const placeNames = new Map(territories.map((place) => [place.code, territoryLabel(place)]));
  return { userName: (id) => userNames.get(id), territoryName: (code) => placeNames.get(code) };
}

export type DescribedAuditRow = Pick<
  AuditRow,
  'id' | 'at' | 'username' | 'entity' | 'entityKey' | 'action'
> & {
  text: AuditEntryText;
};

/** Entries as the administrator reads them; the codes stay for the links that filter by them. */
async function describeAuditRows(db: Db, rows: readonly AuditRow[]): Promise<DescribedAuditRow[]> {
  const names = await auditNames(db);
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    username: row.username,
    action: row.action,
    entity: row.entity,
    entityKey: row.entityKey,
    text: describeAuditEntry(row, names),
  }));
}

export async function listAuditPage(db: Db, filter: AuditFilter & { page: number }) {
  const { rows, total } = await listAudit(db, {
    ...auditQuery(filter),
    limit: TABLE_PAGE_SIZE,
    offset: (filter.page - 1) * TABLE_PAGE_SIZE,
  });
  return { rows: await describeAuditRows(db, rows), total, pageSize: TABLE_PAGE_SIZE };
}

/** Every entry matching the filter, for an export (capped so a download stays reasonable). */
export async function listAllAudit(db: Db, filter: AuditFilter) {
  const { rows } = await listAudit(db, { ...auditQuery(filter), limit: 100_000, offset: 0 });
  return rows;
}

/** The same entries, described for the CSV/XLSX. */
export async function listAllAuditDescribed(db: Db, filter: AuditFilter) {
  return describeAuditRows(db, await listAllAudit(db, filter));
}

/**
 * Before and after hold only fields the audit log has labels for (shared/domain/audit-labels.ts):
 * a new field, even one arriving in a spread row, does not compile until it is named there.
 */
export type AuditValues<T> = T & Record<Exclude<keyof T, AuditField>, never>;

export type AuditChange<Before extends object = object, After extends object = object> = {
  action: AuditAction;
  entity: AuditEntity;
  key: string;
  before?: AuditValues<Before> | null;
  after?: AuditValues<After> | null;
};

/** One entry for a change `user` (null id: the command line) made at `now`. */
export function auditEntry<Before extends object, After extends object>(
  user: { id: number | null; username: string },
  now: Date,
  change: AuditChange<Before, After>,
): AuditEntry {
  return {
    at: now.toISOString(),
    userId: user.id,
    username: user.username,
    action: change.action,
    entity: change.entity,
    entityKey: change.key,
    before: change.before ?? null,
    after: change.after ?? null,
  };
}

/** One audit entry for a change `user` made now; written in the caller's transaction. */
export function auditChange<Before extends object, After extends object>(
  db: Db,
  user: { id: number; username: string },
  now: Date,
  change: AuditChange<Before, After>,
) {
  return appendAudit(db, [auditEntry(user, now, change)]);
}
