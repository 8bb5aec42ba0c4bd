/** How the regional brief words its figures: distance from the target and a change line. */
import { formatFixed, formatIsoDate, formatNumber, formatPeriod } from '../../../../shared/format.ts';

/** "12,3 % pior que a meta" / "4,0 % melhor que a meta"; null when there is nothing to compare. */
export function shortfallText(shortfall: number | null): string | null {
  if (shortfall === null) return null;
  const percent = formatFixed(Math.abs(shortfall) * 100, 1);
  return shortfall > 0 ? `${percent} % pior que a meta` : `${percent} % melhor que a meta`;
}

export type ValueChange = { shortName: string; values: number; lastAt: string; latestPeriod: string };

/** "ICSAPS (1.200 valores, até out/2026)": one indicator's loads, in a sentence of several. */
export function valueChangeText(change: ValueChange): string {
  const count = change.values === 1 ? '1 valor' : `${formatNumber(change.values, 0)} valores`;
  return `${change.shortName} (${count}, até ${formatPeriod(change.latestPeriod)})`;
}

/** Items beyond `limit` are summed up in one line, so the brief stays on one page. */
export function limitList<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

export function datedLabel(item: { label: string; date: string }): string {
  return `${item.label} — ${formatIsoDate(item.date)}`;
}
