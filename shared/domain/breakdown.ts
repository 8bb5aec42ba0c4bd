/**
 * A breakdown of one year's figures by macrorregião or região (the indicator page): its rows by
 * name, a page at a time (a national base has 450 regiões), with what is said over all of them.
 */
import { compareText } from '../text.ts';

export function sortByName<T extends { territoryName: string }>(figures: readonly T[]): T[] {
  return [...figures].sort((a, b) => compareText(a.territoryName, b.territoryName));
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
