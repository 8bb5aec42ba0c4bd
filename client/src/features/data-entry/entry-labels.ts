/** What the entry grid says about a stored value: who saved it, when, and how it changed. */
import { isYearlyValue } from '../../../../shared/domain/aggregation.ts';
import type { IndicatorKind } from '../../../../shared/domain/indicator.ts';
import type { Periodicity } from '../../../../shared/domain/period.ts';
import { formatDateTimeMt, formatNumber, formatPeriod } from '../../../../shared/format.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';
import type { EntryCell } from './entry-drafts.ts';

export type HistoryEntry = RouterOutputs['dataEntry']['history'][number];

/** The grid's column header: "mar/2025", or "Ano inteiro" for the yearly column of a monthly indicator. */
export function periodHeader(period: string, periodicity: Periodicity): string {
  return isYearlyValue(period, periodicity) ? 'Ano inteiro' : formatPeriod(period);
}

/** "Cuiabá, mar/2025" (or "Cuiabá, ano inteiro de 2021"): a cell as the person finds it on the grid. */
export function cellName(unitName: string, period: string, periodicity: Periodicity): string {
  return isYearlyValue(period, periodicity)
    ? `${unitName}, ano inteiro de ${period}`
    : `${unitName}, ${formatPeriod(period)}`;
}

/** "salvo por Maria Souza em 02/04/2025 10:20" — the tooltip of a stored cell. */
export function savedByText(cell: EntryCell | undefined, currentUserName: string | null): string | null {
  if (!cell) return null;
  const when = formatDateTimeMt(cell.updatedAt);
  const text = cell.isExample
    ? 'dado de exemplo, gerado para demonstração (não é oficial)'
    : cell.updatedByName === null
      ? `carregado pela carga de dados em ${when}`
      : cell.updatedByName === currentUserName
        ? `salvo por você em ${when}`
        : `salvo por ${cell.updatedByName} em ${when}`;
  return cell.isProvisional ? `${text} · valor provisório` : text;
}

const ACTION_LABELS: Record<string, string> = {
  create: 'incluiu',
  update: 'alterou',
  delete: 'apagou',
};

export function historyActionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

type AuditValue = { numerador?: unknown; denominador?: unknown; fonte?: unknown; justificativa?: unknown };

function asAuditValue(value: unknown): AuditValue | null {
  return typeof value === 'object' && value !== null ? (value as AuditValue) : null;
}

function amount(value: unknown): string {
  return typeof value === 'number' ? formatNumber(value, 6) : '—';
}

/** A value as the audit log kept it: "152 / 1.234" (numerador / denominador), "4" for a count, "—" for none. */
export function historyValueText(value: unknown, kind: IndicatorKind): string {
  const audited = asAuditValue(value);
  if (!audited) return '—';
  return kind === 'count'
    ? amount(audited.numerador)
    : `${amount(audited.numerador)} / ${amount(audited.denominador)}`;
}

function auditText(value: unknown, key: 'fonte' | 'justificativa'): string | null {
  const text = asAuditValue(value)?.[key];
  return typeof text === 'string' && text !== '' ? text : null;
}

/** Where the value came from ("Digitação no painel", "Importação: arquivo.csv"), when the log says. */
export function historySource(value: unknown): string | null {
  return auditText(value, 'fonte');
}

/** Why a value far from its history was saved anyway, when it was. */
export function historyJustification(value: unknown): string | null {
  return auditText(value, 'justificativa');
}
