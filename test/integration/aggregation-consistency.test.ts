/**
 * With the whole example data set: every figure above the recording unit, at every level, must be
 * the sum of its members' numerators over the sum of their denominators (× factor) — what a
 * manager checks by hand in a spreadsheet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listIndicators } from '../../server/db/repositories/plan-repository.ts';
import { listTerritories, type TerritoryRow } from '../../server/db/repositories/territory-repository.ts';
import { readExampleValues } from '../../server/db/seed.ts';
import { isLevelAvailable, TERRITORY_LEVELS, type TerritoryLevel } from '../../shared/domain/indicator.ts';
import type { TIndicator } from '../../shared/schemas/indicator.ts';
import { getJson, logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

type ValueRow = {
  territoryCode: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
};

let server: TestServer;
let indicators: TIndicator[];
let territories: TerritoryRow[];

beforeAll(async () => {
  server = await startTestServer({ seedExampleData: true });
  indicators = await listIndicators(server.db);
  territories = await listTerritories(server.db);
});

afterAll(async () => {
  await server.stop();
});

const YEARS = [2022, 2024, 2025, 2026];

function parentOf(territory: TerritoryRow, level: TerritoryLevel): string {
  if (level === 'state') return '51';
  if (level === 'macro')
    return territory.level === 'macro' ? territory.code : (territory.macroCode as string);
  return territory.regionCode as string;
}

function sum(values: (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0 ? null : present.reduce((total, value) => total + value, 0);
}

/**
 * An independent oracle: the time rule written out by hand over the raw example rows of one year (or
 * of some of its months, when given: only months count then), summed over the units. Null when no
 * unit has any.
 */
function handTotals(
  raw: ReturnType<typeof readExampleValues>,
  indicator: TIndicator,
  year: number,
  months?: { first: string; through: string },
): { numerator: number; denominator: number } | null {
  const pick = (values: { period: string; value: number }[], rule: string) => {
    const sorted = [...values].sort((a, b) => (a.period < b.period ? -1 : 1));
    const total = sorted.reduce((sum, item) => sum + item.value, 0);
    if (rule === 'sum') return total;
    if (rule === 'average') return total / sorted.length;
    return (sorted[sorted.length - 1] as { value: number }).value;
  };
  const rows = raw.filter(
    (row) =>
      row.indicatorCode === indicator.code &&
      row.period.startsWith(String(year)) &&
      (months === undefined ||
        (row.period.length === 7 && row.period >= months.first && row.period <= months.through)),
  );
  const units = new Map<string, typeof rows>();
  for (const row of rows) units.set(row.territoryCode, [...(units.get(row.territoryCode) ?? []), row]);
  if (units.size === 0) return null;
  let numerator = 0;
  let denominator = 0;
  for (const unitRows of units.values()) {
    numerator += pick(
      unitRows.map((row) => ({ period: row.period, value: row.numerator ?? 0 })),
      indicator.numeratorRule,
    );
    denominator += pick(
      unitRows.map((row) => ({ period: row.period, value: row.denominator ?? 0 })),
      indicator.denominatorRule,
    );
  }
  return { numerator, denominator };
}

describe('every aggregate equals the sum of its members', () => {
  it('holds for every indicator, level and year', async () => {
    let checked = 0;
    for (const indicator of indicators) {
      const levels = TERRITORY_LEVELS.filter((level) => isLevelAvailable(indicator.dataLevel, level));
      const unitLevel = levels[levels.length - 1] as TerritoryLevel;
      for (const year of YEARS) {
        const units = await getJson<ValueRow[]>(
          server,
          `/api/v1/indicators/${indicator.code}/values?level=${unitLevel}&year=${year}`,
        );
        expect(units.status).toBe(200);
        for (const level of levels.slice(0, -1)) {
          const { body: aggregates } = await getJson<ValueRow[]>(
            server,
            `/api/v1/indicators/${indicator.code}/values?level=${level}&year=${year}`,
          );
          for (const aggregate of aggregates) {
            const members = units.body.filter((unit) => {
              const territory = territories.find((candidate) => candidate.code === unit.territoryCode);
              return territory !== undefined && parentOf(territory, level) === aggregate.territoryCode;
            });
            const numerator = sum(members.map((member) => member.numerator));
            const denominator = sum(members.map((member) => member.denominator));
            const context = `${indicator.code} ${level} ${aggregate.territoryCode} ${year}`;
            expect(aggregate.numerator, context).toBe(numerator);
            expect(aggregate.denominator, context).toBe(denominator);
            const expected =
              indicator.kind === 'count'
                ? numerator
                : denominator
                  ? ((numerator ?? 0) / denominator) * indicator.factor
                  : null;
            if (expected === null) expect(aggregate.value, context).toBeNull();
            else expect(aggregate.value, context).toBeCloseTo(expected, 9);
            if (numerator !== null) checked += 1;
          }
        }
      }
    }
    // Enough figures with data were compared for the check to mean something.
    expect(checked).toBeGreaterThan(500);
  });

  it('the state figure of every indicator and year is reproducible from the raw example file', async () => {
    const raw = readExampleValues();
    for (const indicator of indicators) {
      for (const year of [2022, 2023, 2024, 2025, 2026]) {
        const expected = handTotals(raw, indicator, year);
        const { body } = await getJson<ValueRow[]>(
          server,
          `/api/v1/indicators/${indicator.code}/values?year=${year}`,
        );
        const context = `${indicator.code} ${year}`;
        if (!expected) {
          expect(body[0]?.numerator, context).toBeNull();
          continue;
        }
        expect(body[0]?.numerator, context).toBeCloseTo(expected.numerator, 6);
        if (indicator.kind === 'rate')
          expect(body[0]?.denominator, context).toBeCloseTo(expected.denominator, 6);
      }
    }
  });

  it('a closed semester or quadrimester shows each state figure as it stood at its end, and the quadrimester its own months, from the raw example file', async () => {
    // The reports read the year "as of" April, June or August, and each quadrimester's months (kept
    // span roll-ups): every município's months up to the state's reference month, whatever it sent
    // after. A part ending in December reads the whole year; before it, a yearly value is not known.
    const raw = readExampleValues();
    const reader = trpcAs(server.url, await logInAs(server, 'superintendencia'));
    type Shown = { code: string; numerator: number | null; denominator: number | null };
    const indicatorOf = (code: string) =>
      indicators.find((candidate) => candidate.code === code) as TIndicator;
    const toDate = (code: string, year: number, partialThrough: string | null, partEnd: string) =>
      partialThrough
        ? handTotals(raw, indicatorOf(code), year, { first: `${year}-01`, through: partialThrough })
        : partEnd.endsWith('-12')
          ? handTotals(raw, indicatorOf(code), year)
          : null;
    let compared = 0;
    const check = (figure: Shown, expected: ReturnType<typeof handTotals>, context: string) => {
      if (!expected) {
        expect(figure.numerator, context).toBeNull();
        return;
      }
      expect(figure.numerator, context).toBeCloseTo(expected.numerator, 6);
      if (indicatorOf(figure.code).kind === 'rate')
        expect(figure.denominator, context).toBeCloseTo(expected.denominator, 6);
      compared += 1;
    };
    for (const year of [2024, 2025, 2026]) {
      const semester = await reader.report.semester.query({ semester: `${year}-S1` });
      for (const figure of semester.objectives.flatMap((objective) => objective.indicators))
        check(
          figure,
          toDate(figure.code, year, figure.partialThrough, `${year}-06`),
          `${figure.code} ${year}-S1`,
        );
      for (const index of [1, 2, 3]) {
        const period = `${year}-Q${index}`;
        const report = await reader.report.planning.query({ kind: 'quadrimester', period });
        const partEnd = `${year}-${String(index * 4).padStart(2, '0')}`;
        for (const shown of report.objectives.flatMap((objective) => objective.indicators)) {
          const { code, year: yearSoFar, period: own } = shown;
          check(
            { code, ...yearSoFar },
            toDate(code, year, yearSoFar.partialThrough, partEnd),
            `${code} ${period} ano`,
          );
          if (own) {
            const months = { first: own.firstMonth, through: own.lastMonth };
            check(
              { code, ...own },
              handTotals(raw, indicatorOf(code), year, months),
              `${code} ${period} período`,
            );
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(150);
  });

  it('the example data set shows real figures as real and generated ones as example (MT APS Dec/2023: 84,1 %)', async () => {
    const { body } = await getJson<{ isExample: boolean; value: number | null }[]>(
      server,
      '/api/v1/indicators/713/values?year=2025',
    );
    expect(body[0]?.isExample).toBe(true);
    expect(body[0]?.value).not.toBeNull();
    // Saúde da Família coverage is a stock: 2023 is read from the real e-Gestor December.
    const coverage = await getJson<{ isExample: boolean; value: number | null }[]>(
      server,
      '/api/v1/indicators/714/values?year=2023',
    );
    expect(coverage.body[0]?.isExample).toBe(false);
    expect(coverage.body[0]?.value).toBeCloseTo(84.1, 1);
  });
});
