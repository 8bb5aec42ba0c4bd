/**
 * A breakdown of one year's figures by macrorregião or região (the indicator page): its rows by
 * name, a page at a time (a national base has 450 regiões), with what is said over all of them.
 */
import { compareText } from '../text.ts';

export function sortByName<T extends { territoryName: string }>(figures: readonly T[]): T[] {
  return [...figures].sort((a, b) => compareText(a.territoryName, b.territoryName));
}

/** The name a breakdown shows: the short one where there is one ("Norte" for Macrorregião Norte). */
export function shownName(figure: { territoryName: string; territoryShortName?: string | null }): string {
  return figure.territoryShortName ?? figure.territoryName;
}

/** A breakdown's rows in the order of the names it shows. */
export function sortByShownName<T extends { territoryName: string; territoryShortName?: string | null }>(
  figures: readonly T[],
): T[] {
  return [...figures].sort((a, b) => compareText(shownName(a), shownName(b)));
}

/**
 * The one target drawn across a breakdown: every territory shares it (the state target rates are
 * judged against); territories with their own different targets get no common line.
 */
export function sharedTarget(figures: readonly { target: number | null }[]): number | null {
  const targets = new Set(figures.map((figure) => figure.target));
  if (targets.size !== 1) return null;
  const [target] = targets;
  return target ?? null;
}
