/** What an audit entry changed, field by field, in words: `papel: Coordenadoria → Gestor regional`. */
import { ROLE_LABELS, ROLES, type Role } from '../../../../shared/domain/permissions.ts';
import { formatDateTimeMt, formatNumber } from '../../../../shared/format.ts';

export type AuditChange = {
  field: string;
  /** null: the field did not exist before (a creation) or no longer exists. */
  before: string | null;
  after: string | null;
};

/** Names for codes found in entries: territories as "Macrorregião Norte" instead of 5103. */
export type AuditNames = { placeName?: (code: string) => string | undefined };

const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);

function placesText(value: unknown, names: AuditNames): string {
  if (!Array.isArray(value)) return valueText(value);
  return valueText(
    value.map((code) => (typeof code === 'string' ? (names.placeName?.(code) ?? code) : code)),
  );
}

/** The fields the server writes today, named as on screen; unknown fields keep their own name. */
const FIELDS: Record<string, { label: string; format?: (value: unknown, names: AuditNames) => string }> = {
  username: { label: 'usuário' },
  displayName: { label: 'nome' },
  name: { label: 'nome' },
  role: { label: 'papel', format: (value) => (isRole(value) ? ROLE_LABELS[value] : valueText(value)) },
  isActive: {
    label: 'situação',
    format: (value) => (value === true ? 'ativo' : value === false ? 'desativado' : valueText(value)),
  },
  coordinationCodes: { label: 'coordenadorias' },
  territoryCodes: { label: 'territórios', format: placesText },
  prefix: { label: 'prefixo' },
  failures: { label: 'senhas erradas' },
  lockedUntil: {
    label: 'esperava até',
    format: (value) => (typeof value === 'string' ? formatDateTimeMt(value) : valueText(value)),
  },
};

export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value === '' ? '(vazio)' : value;
  if (typeof value === 'boolean') return value ? 'sim' : 'não';
  if (typeof value === 'number') return formatNumber(value, 6);
  if (Array.isArray(value)) return value.length === 0 ? '(nenhum)' : value.map(valueText).join(', ');
  return JSON.stringify(value);
}

function fieldsOf(value: unknown): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  return { valor: value };
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
    .filter((name) => hasChanged(old, now, name))
    .map((name) => {
      const field = FIELDS[name];
      const text = (value: unknown) => (field?.format ? field.format(value, names) : valueText(value));
      return {
        field: field?.label ?? name,
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
