/**
 * Finds the written values that look unusual against each unit's own history (method in
 * `shared/domain/unusual-values.ts`). Months only: a whole-year value has no monthly history to be
 * judged against.
 */
import { isComplete } from '../../shared/domain/aggregation.ts';
import { shiftMonth, yearOf } from '../../shared/domain/period.ts';
import { HISTORY_MONTHS, type UnusualFinding, unusualFindings } from '../../shared/domain/unusual-values.ts';
import { formatPeriod } from '../../shared/format.ts';
import { groupBy } from '../../shared/group-by.ts';
import type { TIndicator } from '../../shared/schemas/indicator.ts';
import type { Db } from '../db/client.ts';
import { listStoredValues } from '../db/repositories/data-value-repository.ts';

const YIELD_EVERY = 2000;

export type UnusualValue = {
  indicatorCode: string;
  territoryCode: string;
  period: string;
  findings: UnusualFinding[];
};

type WrittenValue = {
  indicatorCode: string;
  territoryCode: string;
  period: string;
  numerator: number | null;
  denominator: number | null;
};

export async function findUnusualValues(
  db: Db,
  rows: readonly WrittenValue[],
  indicators: ReadonlyMap<string, TIndicator>,
): Promise<UnusualValue[]> {
  const unusual: UnusualValue[] = [];
  const judged = rows.filter((row) => row.period.length > 4 && row.numerator !== null);
  for (const [code, group] of groupBy(judged, (row) => row.indicatorCode)) {
    const indicator = indicators.get(code);
    if (!indicator || indicator.periodicity === 'yearly') continue;
    const years = [
      ...new Set(
        group.flatMap((row) => [yearOf(row.period), yearOf(row.period) - 1, yearOf(row.period) - 2]),
      ),
    ];
    const history = groupBy(
      await listStoredValues(db, {
        indicatorCode: code,
        years,
        territoryCodes: [...new Set(group.map((row) => row.territoryCode))],
      }),
      (value) => value.territoryCode,
    );
    let judgedCount = 0;
    for (const row of group) {
      // A big import judges many values: let the server answer other requests meanwhile.
      judgedCount += 1;
      if (judgedCount % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
      if (!isComplete(row, indicator.kind)) continue;
      const from = shiftMonth(row.period, -HISTORY_MONTHS);
      const past = (history.get(row.territoryCode) ?? []).filter(
        (value) =>
          value.period.length > 4 &&
          value.period >= from &&
          value.period < row.period &&
          // Generated example values are not a unit's history: real values are judged by real ones.
          !value.isExample &&
          isComplete(value, indicator.kind),
      );
      const findings = unusualFindings(
        { numerator: row.numerator as number, denominator: row.denominator },
        past.map((value) => ({ numerator: value.numerator as number, denominator: value.denominator })),
        indicator,
      );
      if (findings.length > 0)
        unusual.push({
          indicatorCode: code,
          territoryCode: row.territoryCode,
          period: row.period,
          findings,
        });
    }
  }
  return unusual;
}

/** "Cuiabá em out/2026: O valor 60 está longe do habitual…" */
export function unusualSentence(value: UnusualValue, territoryName: string): string {
  return `${territoryName} em ${formatPeriod(value.period)}: ${value.findings.map((finding) => finding.message).join(' ')}`;
}
