/**
 * An audit entry as the administrator reads it, on the page and in its CSV/XLSX alike: Mato Grosso
 * time, labels instead of codes, and what changed field by field (`papel: Coordenadoria → Gestor
 * regional`), each value written the way the panel writes it elsewhere.
 */
import { formatDateTimeMt, formatIsoDate, formatNumber, formatPeriod } from '../format.ts';
import { ACTION_STATUS_LABELS, type ActionStatus } from './action-status.ts';
import {
  type AuditFieldKind,
  auditActionLabel,
  auditEntityLabel,
  auditFieldName,
  auditFieldSpec,
} from './audit-labels.ts';
import { yearPartLabel } from './dates.ts';
import { describeLoginKey } from './login-limits.ts';
import { ROLE_LABELS, ROLES, type Role } from './permissions.ts';

/** The columns of the audit log, on the page and in the files. */
export const AUDIT_COLUMNS = {
  when: 'Quando (horário de Mato Grosso)',
  who: 'Quem',
  action: 'Ação',
  entity: 'Item',
  record: 'Registro',
  changes: 'O que mudou',
} as const;

export type AuditChange = {
  field: string;
  /** null: the field did not exist before (a creation) or no longer exists. */
  before: string | null;
  after: string | null;
};

/** Names for ids and codes found in entries; a missing name leaves the code as written. */
export type AuditNames = {
  userName?: (id: number) => string | undefined;
  territoryName?: (code: string) => string | undefined;
};

export type AuditEntryFacts = {
  at: string;
  userId: number | null;
  username: string;
  action: string;
  entity: string;
  entityKey: string;
  before: unknown;
  after: unknown;
};

export type AuditEntryText = {
  when: string;
  who: string;
  action: string;
  entity: string;
  record: string;
  changes: AuditChange[];
};

const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);
const isActionStatus = (value: unknown): value is ActionStatus =>
  typeof value === 'string' && Object.hasOwn(ACTION_STATUS_LABELS, value);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const PLAN_KIND_LABELS: Record<string, string> = {
  objective: 'objetivo',
  strategic: 'ação estratégica',
  operational: 'ação operacional',
};

/** A value whose kind is not known: text as is, numbers the Brazilian way, Sim/Não. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value === '' ? '(vazio)' : value;
  if (typeof value === 'boolean') return value ? 'Sim' : 'Não';
  if (typeof value === 'number') return formatNumber(value, 6);
  if (Array.isArray(value)) return value.length === 0 ? '(nenhum)' : value.map(valueText).join(', ');
  if (isRecord(value))
    return Object.entries(value)
      .map(([name, item]) => `${auditFieldSpec(name)?.label ?? name}: ${valueText(item)}`)
      .join('; ');
  return String(value);
}

const sentence = (text: string) => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** "Faltou insumo. Causa: … Medida corretiva: …, por Maria, até 30/11/2026." */
function nonConformityText(value: unknown): string {
  if (!isRecord(value)) return valueText(value);
  const text = (name: string) => (typeof value[name] === 'string' ? (value[name] as string).trim() : '');
  const who = text('correctiveOwner');
  const until = text('correctiveDeadline');
  const measure = [text('correctiveAction'), who && `por ${who}`, until && `até ${formatIsoDate(until)}`]
    .filter(Boolean)
    .join(', ');
  return [
    text('description') && sentence(text('description')),
    text('cause') && `Causa: ${sentence(text('cause'))}`,
    measure && `Medida corretiva: ${sentence(measure)}`,
  ]
    .filter(Boolean)
    .join(' ');
}

function kindText(kind: AuditFieldKind, value: unknown, names: AuditNames): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value) && kind !== 'text')
    return value.length === 0 ? '(nenhum)' : value.map((item) => kindText(kind, item, names)).join(', ');
  switch (kind) {
    case 'number':
      return typeof value === 'number' ? formatNumber(value, 6) : valueText(value);
    case 'percent':
      return typeof value === 'number' ? `${formatNumber(value, 1)}%` : valueText(value);
    case 'yesNo':
      return valueText(value);
    case 'active':
      return value === true ? 'ativo' : value === false ? 'desativado' : valueText(value);
    case 'role':
      return isRole(value) ? ROLE_LABELS[value] : valueText(value);
    case 'actionStatus':
      return isActionStatus(value) ? ACTION_STATUS_LABELS[value] : valueText(value);
    case 'planKind':
      return typeof value === 'string' ? (PLAN_KIND_LABELS[value] ?? value) : valueText(value);
    case 'date':
      return typeof value === 'string' ? formatIsoDate(value) : valueText(value);
    case 'moment':
      return typeof value === 'string' ? formatDateTimeMt(value) : valueText(value);
    case 'month':
      return typeof value === 'string' ? formatPeriod(value) : valueText(value);
    case 'user':
      return typeof value === 'number'
        ? (names.userName?.(value) ?? `usuário nº ${value}`)
        : valueText(value);
    case 'territory':
      return typeof value === 'string' ? (names.territoryName?.(value) ?? value) : valueText(value);
    case 'nonConformity':
      return nonConformityText(value);
    case 'text':
    case 'hidden':
      return valueText(value);
  }
}

/** An entry's before or after as fields, under today's field names. */
function fieldsOf(value: unknown): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (!isRecord(value)) return { valor: value };
  return Object.fromEntries(Object.entries(value).map(([name, item]) => [auditFieldName(name), item]));
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** A field that appears or disappears empty changed nothing worth reading. */
function hasChanged(old: Record<string, unknown>, now: Record<string, unknown>, name: string): boolean {
  if (!(name in old) && isEmpty(now[name])) return false;
  if (!(name in now) && isEmpty(old[name])) return false;
  return JSON.stringify(old[name]) !== JSON.stringify(now[name]);
}

/** Only the fields whose value differs; a creation lists its filled fields, a login nothing. */
export function auditChanges(before: unknown, after: unknown, names: AuditNames = {}): AuditChange[] {
  const old = fieldsOf(before);
  const now = fieldsOf(after);
  return [...new Set([...Object.keys(old), ...Object.keys(now)])]
    .filter((name) => auditFieldSpec(name)?.kind !== 'hidden' && hasChanged(old, now, name))
    .map((name) => {
      const spec = auditFieldSpec(name);
      const text = (value: unknown) => (spec ? kindText(spec.kind, value, names) : valueText(value));
      return {
        field: spec?.label ?? name,
        before: name in old ? text(old[name]) : null,
        after: name in now ? text(now[name]) : null,
      };
    });
}

/** `campo: antes → depois`; a field that is new reads `campo: valor`. */
export function changeLine(change: AuditChange): string {
  if (change.before === null) return `${change.field}: ${change.after ?? '—'}`;
  return `${change.field}: ${change.before} → ${change.after ?? '—'}`;
}

/** Which item an entry is about, in words: `713 · Cuiabá · out/2026` for the key `713|5103403|2026-10`. */
export function auditRecordText(entity: string, key: string, names: AuditNames = {}): string {
  const place = (code: string) => names.territoryName?.(code) ?? code;
  // Keys join their parts with | (values, analyses, checks) or / (reports, stages).
  const parts = key.split(entity === 'relatorio' || entity === 'etapa' ? '/' : '|');
  const [first = '', second = '', third = ''] = parts;
  switch (entity) {
    case 'valor':
    case 'analise':
      return parts.length === 3 ? `${first} · ${place(second)} · ${formatPeriod(third)}` : key;
    case 'conferencia':
      return parts.length === 2 ? `${first} · ${formatPeriod(second)}` : key;
    case 'mes':
    case 'reuniao':
      return formatPeriod(key);
    case 'relatorio':
      return parts.length === 3 && /^\d{4}-S[12]$/.test(first)
        ? `${yearPartLabel(first)} · objetivo ${second} · ${third}`
        : key;
    case 'adesao':
      return place(key);
    case 'etapa':
      return parts.length === 2 ? `${place(first)} · etapa ${second}` : key;
    case 'token':
    case 'deliberacao':
    case 'formacao':
      return /^\d+$/.test(key) ? `nº ${key}` : key;
    case 'sessao':
      return describeLoginKey(key);
    default:
      return key;
  }
}

/** The one reading of an entry, for the page and for the files. */
export function describeAuditEntry(entry: AuditEntryFacts, names: AuditNames = {}): AuditEntryText {
  const name = entry.userId === null ? undefined : names.userName?.(entry.userId);
  return {
    when: formatDateTimeMt(entry.at),
    who: name && name !== entry.username ? `${name} · usuário ${entry.username}` : entry.username,
    action: auditActionLabel(entry.action),
    entity: auditEntityLabel(entry.entity),
    record: auditRecordText(entry.entity, entry.entityKey, names),
    changes: auditChanges(entry.before, entry.after, names),
  };
}

/** One row of the CSV/XLSX, in the order of AUDIT_COLUMNS. */
export function auditFileRow(text: AuditEntryText): string[] {
  return [
    text.when,
    text.who,
    text.action,
    text.entity,
    text.record,
    text.changes.length === 0 ? '—' : text.changes.map(changeLine).join('\n'),
  ];
}
