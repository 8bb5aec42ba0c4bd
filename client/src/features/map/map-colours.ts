/**
 * Colours of the map. By situação: the status badge colours (CSS classes). By valor: five classes
 * with about the same number of territories each, shaded so that the worse end is always the darker
 * one — the low values for "quanto maior, melhor", the high ones for "quanto menor, melhor".
 * A "número pequeno" (denominator too small to judge) is hatched in both modes and left out of the
 * classes: its value is too uncertain to rank.
 */
import type { Polarity } from '../../../../shared/domain/indicator.ts';
import type { Status } from '../../../../shared/domain/status.ts';

export const CLASS_COUNT = 5;
const DARKEST = CLASS_COUNT - 1;

export type ValueClass = {
  /** Smallest and largest value of the territories in the class (both included). */
  min: number;
  max: number;
  /** 0 (lightest, better) … 4 (darkest, worse). */
  shade: number;
};

/**
 * Up to five classes by rank (nearest-rank quantiles, so every break is a value a territory has).
 * Ties never split across classes, so fewer distinct values give fewer classes. Classes run from the
 * lowest values up.
 */
export function valueClasses(values: readonly (number | null)[], polarity: Polarity): ValueClass[] {
  const sorted = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  const distinct = new Set(sorted).size;
  const count = Math.min(CLASS_COUNT, distinct);
  const uppers: number[] = [];
  for (let index = 1; index <= count; index += 1) {
    const upper = sorted[Math.ceil((index * sorted.length) / count) - 1];
    if (upper !== undefined && upper !== uppers[uppers.length - 1]) uppers.push(upper);
  }
  return uppers.map((max, index) => {
    const previous = uppers[index - 1];
    const min = sorted.find((value) => previous === undefined || value > previous) ?? max;
    // Spread the classes over the whole scale; one class (all values equal) sits in the middle.
    const rank = uppers.length === 1 ? DARKEST / 2 : Math.round((index * DARKEST) / (uppers.length - 1));
    return { min, max, shade: polarity === 'higher' ? DARKEST - rank : rank };
  });
}

/** The class a value falls in; null for a missing value (drawn as "sem dados"). */
export function classOf(value: number | null, classes: readonly ValueClass[]): ValueClass | null {
  if (value === null) return null;
  return classes.find((valueClass) => value <= valueClass.max) ?? classes[classes.length - 1] ?? null;
}

type ColouredFigure = { value: number | null; status: Status };

/** The values the classes are made of: every figure but the small numbers. */
export function rankableValues(figures: readonly ColouredFigure[]): (number | null)[] {
  return figures.filter((figure) => figure.status !== 'small_number').map((figure) => figure.value);
}

/** The CSS class that fills a territory on the map. */
export function areaFillClass(
  figure: ColouredFigure | undefined,
  mode: 'status' | 'value',
  classes: readonly ValueClass[],
): string {
  if (!figure) return 'map-fill--no_data';
  if (mode === 'status' || figure.status === 'small_number') return `map-fill--${figure.status}`;
  const valueClass = classOf(figure.value, classes);
  return valueClass ? `map-fill--shade-${valueClass.shade}` : 'map-fill--no_data';
}
