/**
 * Unusual values (issue 11, item 2): flagged, not refused — a value far from the unit's own history
 * is saved only with a short justification. The method, robust to small numbers and seasonality:
 * - history: the unit's whole values of the 24 months before the value's month (at least 6 of them);
 *   a seasonal swing inside those two years widens the spread and so is not flagged;
 * - levels (coverages, stocks, counts) and rates with enough expected cases: the modified z-score
 *   (Iglewicz & Hoaglin) of the value against the history, z = 0,6745 × (x − mediana) / MAD, flagged
 *   when |z| > 3,5. The MAD is floored (1 % of the median, or one unit for counts) so a series that
 *   never moved does not flag the smallest change;
 * - rates of events with few expected cases (< 10, e.g. infant deaths of a small município): the
 *   cases, not the rate — flagged only when at least 5 cases are observed and a Poisson count with the
 *   history's pooled rate (half an event added, so a history of zeros is not certainty) would reach
 *   them less than once in a thousand. One death after months of none is not unusual.
 * - the denominator of an event rate (births, admissions) is judged as a level of its own.
 */
import { formatNumber } from '../format.ts';

export const Z_THRESHOLD = 3.5;
/** Said in every refusal of an unusual value without a justification: the page offers to write one. */
export const UNUSUAL_REFUSAL = 'fora do habitual';
export const HISTORY_MONTHS = 24;
export const MIN_HISTORY = 6;
const FEW_CASES = 10;
const MIN_CASES_FLAGGED = 5;
const POISSON_TAIL = 0.001;

export type HistoryValue = { numerator: number; denominator: number | null };

export type UnusualFinding = { field: 'numerator' | 'denominator'; message: string };

/** Median by a numeric typed-array sort: an import judges hundreds of thousands of values. */
function median(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).sort();
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * The modified z-score of `value` against `history`; the MAD is floored at `minSpread(median)`, so a
 * series that never moved still has a spread.
 */
export function modifiedZ(
  value: number,
  history: readonly number[],
  minSpread: (median: number) => number,
): { z: number; median: number } {
  const center = median(history);
  const mad = Math.max(median(history.map((item) => Math.abs(item - center))), minSpread(center));
  return { z: (0.6745 * (value - center)) / mad, median: center };
}

/** P(X ≥ k) for a Poisson count with mean λ. */
export function poissonUpperTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  let term = Math.exp(-lambda);
  let below = term;
  for (let i = 1; i < k; i++) {
    term *= lambda / i;
    below += term;
  }
  return Math.max(0, 1 - below);
}

function levelFinding(
  field: 'numerator' | 'denominator',
  what: string,
  value: number,
  history: readonly number[],
  isCount: boolean,
): UnusualFinding | null {
  const { z, median: center } = modifiedZ(value, history, (middle) =>
    Math.max(Math.abs(middle) * 0.01, isCount ? 1 : 1e-9),
  );
  return Math.abs(z) > Z_THRESHOLD
    ? {
        field,
        message: `${what} ${formatNumber(value)} está longe do habitual deste território (mediana de ${formatNumber(center)} nos últimos ${history.length} meses com dados).`,
      }
    : null;
}

/**
 * Why a value looks unusual against the unit's history (empty when it does not, or when the history
 * is too short to say). `factor` turns a rate into the unit users read (×100, ×1.000…).
 */
export function unusualFindings(
  value: HistoryValue,
  history: readonly HistoryValue[],
  rules: { kind: 'rate' | 'count'; factor: number; numeratorRule: 'sum' | 'last' | 'average' },
): UnusualFinding[] {
  if (history.length < MIN_HISTORY) return [];
  if (rules.kind === 'count' || value.denominator === null)
    return [
      levelFinding(
        'numerator',
        'O valor',
        value.numerator,
        history.map((item) => item.numerator),
        true,
      ),
    ].filter((finding): finding is UnusualFinding => finding !== null);
  const rated = history.filter((item) => item.denominator !== null && item.denominator > 0);
  if (rated.length < MIN_HISTORY || value.denominator === 0) return [];
  const findings: UnusualFinding[] = [];
  const isEvents = rules.numeratorRule === 'sum';
  const sumNumerators = rated.reduce((sum, item) => sum + item.numerator, 0);
  const sumDenominators = rated.reduce((sum, item) => sum + (item.denominator as number), 0);
  const pooledRate = (sumNumerators + 0.5) / sumDenominators;
  const expectedCases = pooledRate * value.denominator;
  if (isEvents && expectedCases < FEW_CASES) {
    if (
      value.numerator >= MIN_CASES_FLAGGED &&
      poissonUpperTail(value.numerator, expectedCases) < POISSON_TAIL
    )
      findings.push({
        field: 'numerator',
        message: `${formatNumber(value.numerator)} casos, quando o histórico deste território faria esperar cerca de ${formatNumber(expectedCases)}.`,
      });
  } else {
    const rate = (value.numerator / value.denominator) * rules.factor;
    const rates = rated.map((item) => (item.numerator / (item.denominator as number)) * rules.factor);
    const finding = levelFinding('numerator', 'O valor', rate, rates, false);
    if (finding) findings.push(finding);
  }
  if (isEvents) {
    const finding = levelFinding(
      'denominator',
      'O denominador',
      value.denominator,
      rated.map((item) => item.denominator as number),
      true,
    );
    if (finding) findings.push(finding);
  }
  return findings;
}
