/**
 * How complete a list of recording units (municípios) is: whether one sent every period expected so
 * far, and the month most of them count the year up to (each município counts up to its own last
 * month sent, so a list says which month is usual and flags the others).
 */

type Reporting = { numerator: number | null; reporting: number; expected: number };
type Window = { partialThrough: string | null; isPartial?: boolean };

/** For one recording unit (a município): did it send every period expected so far? Null: it sent nothing. */
export function isUnitComplete(figure: Reporting): boolean | null {
  return figure.numerator === null ? null : figure.reporting >= figure.expected;
}

/**
 * The month most territories of a list count up to; rows ahead of it or behind it say their own, so
 * a município that sent November is not read beside the October ones without a word.
 */
export function usualThrough(figures: readonly Window[]): string | null {
  const counts = new Map<string, number>();
  for (const figure of figures)
    if ((figure.isPartial ?? true) && figure.partialThrough)
      counts.set(figure.partialThrough, (counts.get(figure.partialThrough) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

/**
 * What a list's note says of its rows' windows, over every row (a page of the list shows only some):
 * the usual month, whether some rows count up to another, whether some are provisional, and whether
 * months still arriving are left out.
 */
export type WindowSummary = {
  usual: string | null;
  differs: boolean;
  isProvisional: boolean;
  hasPending: boolean;
};

export function windowSummary(
  figures: readonly (Window & { isProvisional: boolean; pending?: readonly unknown[] })[],
): WindowSummary {
  const usual = usualThrough(figures);
  return {
    usual,
    differs: figures.some((figure) => figure.isPartial && figure.partialThrough !== usual),
    isProvisional: figures.some((figure) => figure.isProvisional),
    hasPending: figures.some((figure) => (figure.pending ?? []).length > 0),
  };
}
