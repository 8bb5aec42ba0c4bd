/** What the action-plan pages print: statuses, percentages, dates and months in pt-BR. */

import {
  ACTION_STATUS_LABELS,
  type ActionStatus,
  NO_STATUS_LABEL,
  type Rollup,
} from '../../../../shared/domain/action-status.ts';
import { formatFixed, formatIsoDate, formatPeriod } from '../../../../shared/format.ts';
import { countLabel } from '../data-entry/count-label.ts';

/** A status of the board and the badges: a real status, or none recorded anywhere ("sem informação"). */
export type StatusKey = ActionStatus | 'none';

/** The order of the board's columns and of the roll-up badges: from nothing known to closed. */
export const STATUS_ORDER: readonly StatusKey[] = [
  'none',
  'not_started',
  'in_progress',
  'suspended',
  'done',
  'cancelled',
];

/** The order a person picks a status in the monthly record. */
export const RECORD_STATUS_ORDER: readonly ActionStatus[] = [
  'not_started',
  'in_progress',
  'suspended',
  'done',
  'cancelled',
];

export function statusKey(status: ActionStatus | null): StatusKey {
  return status ?? 'none';
}

export function statusLabel(status: StatusKey | null): string {
  return status === null || status === 'none' ? NO_STATUS_LABEL : ACTION_STATUS_LABELS[status];
}

/** "35,4%"; "—" when nothing is left to conclude (every action cancelled, or none). */
export function formatPercentDone(value: number | null): string {
  return value === null ? '—' : `${formatFixed(value, 1)}%`;
}

export { formatIsoDate };

/** "out/2026", or "—" without a month. */
export function formatMonth(month: string | null | undefined): string {
  return month ? formatPeriod(month) : '—';
}

/** The dates read from (or set for) the prazo text, or why there are none. */
export function deadlineDatesLabel(startsOn: string | null, endsOn: string | null): string {
  if (startsOn && endsOn) return `Início ${formatIsoDate(startsOn)} · Término ${formatIsoDate(endsOn)}`;
  if (endsOn) return `Término ${formatIsoDate(endsOn)}`;
  if (startsOn) return `Início ${formatIsoDate(startsOn)} · sem data de término`;
  return 'datas não identificadas no texto do prazo';
}

export function actionCountLabel(count: number): string {
  return countLabel(count, 'ação', 'ações');
}

/** "95 ações operacionais", the plan's live total; without it (still loading) just "ações operacionais". */
export function operationalCountLabel(total: number | undefined): string {
  return total === undefined
    ? 'ações operacionais'
    : countLabel(total, 'ação operacional', 'ações operacionais');
}

export function overdueCountLabel(count: number): string {
  return countLabel(count, 'atrasada', 'atrasadas');
}

/** The start of a long text for a board card: whole words, then "…". */
export function shortText(text: string, maxLength = 110): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const head = lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : clean.slice(0, maxLength);
  return `${head.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The counts of a roll-up in board order; with `withZeros` false, only the statuses present. */
export function rollupCounts(
  rollup: Pick<Rollup, 'counts'>,
  withZeros = false,
): { status: StatusKey; count: number }[] {
  return STATUS_ORDER.map((status) => ({ status, count: rollup.counts[status] })).filter(
    (entry) => withZeros || entry.count > 0,
  );
}

/** One sentence for screen readers and tooltips: "12 ações: 4 Concluído, 8 Em andamento; 2 atrasadas". */
export function rollupSentence(rollup: Rollup): string {
  if (rollup.total === 0) return 'Nenhuma ação operacional.';
  const counts = rollupCounts(rollup)
    .map((entry) => `${entry.count} ${statusLabel(entry.status)}`)
    .join(', ');
  const overdue = rollup.overdue > 0 ? `; ${overdueCountLabel(rollup.overdue)}` : '';
  return `${actionCountLabel(rollup.total)}: ${counts}${overdue}; ${formatPercentDone(rollup.percentDone)} concluído.`;
}

/** At most `max` tags on a crowded row or card; the rest become one "+N" tag. */
export function splitTags(codes: readonly string[], max: number): { shown: string[]; hidden: string[] } {
  if (codes.length <= max) return { shown: [...codes], hidden: [] };
  // "+1" would take the room of the one tag it hides.
  const keep = Math.max(0, max - 1);
  return { shown: codes.slice(0, keep), hidden: codes.slice(keep) };
}
