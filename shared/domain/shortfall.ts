/**
 * How far a figure falls short of its target, relative to the target, honouring polarity: 0,10
 * means 10 % worse than the target. The regional brief puts the three largest shortfalls first.
 * Figures without a value or target, or guarded as small numbers, are not ranked.
 */
import type { Polarity } from './indicator.ts';
import type { Status } from './status.ts';

export function relativeShortfall(
  figure: { value: number | null; target: number | null; status: Status },
  polarity: Polarity,
): number | null {
  if (figure.value === null || figure.target === null || figure.target === 0) return null;
  if (figure.status === 'small_number') return null;
  const shortfall = polarity === 'higher' ? figure.target - figure.value : figure.value - figure.target;
  return shortfall / Math.abs(figure.target);
}

/** The `count` rows furthest behind their target (shortfall > 0), worst first. */
export function worstFirst<T>(rows: readonly T[], shortfallOf: (row: T) => number | null, count = 3): T[] {
  return rows
    .map((row) => ({ row, shortfall: shortfallOf(row) }))
    .filter(
      (entry): entry is { row: T; shortfall: number } => entry.shortfall !== null && entry.shortfall > 0,
    )
    .sort((a, b) => b.shortfall - a.shortfall)
    .slice(0, count)
    .map((entry) => entry.row);
}
