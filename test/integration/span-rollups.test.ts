/**
 * The roll-ups of the spans of months a report reads (`data_value_spans`): the year to date at the
 * end of a semester or quadrimester, and each quadrimester's months. Kept by every write, in its
 * transaction, and made by the migration for data stored before them exactly as the write path
 * makes them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fillSpanRollups } from '../../server/db/migrations/20261208000000_span_rollups.ts';
import { logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

let server: TestServer;
let superintendence: ReturnType<typeof trpcAs>;
let coap: ReturnType<typeof trpcAs>;

const CUIABA = '5103403';

beforeEach(async () => {
  server = await startTestServer({ seedExampleData: true });
  superintendence = trpcAs(server.url, await logInAs(server, 'superintendencia'));
  coap = trpcAs(server.url, await logInAs(server, 'coap'));
});

afterEach(async () => {
  await server.stop();
});

/** ICSAPS (713) of Mato Grosso in the 2026-S1 report: the year as it stood at the end of June. */
async function icsapAtJune() {
  const report = await superintendence.report.semester.query({ semester: '2026-S1' });
  const figure = report.objectives
    .flatMap((objective) => objective.indicators)
    .find((indicator) => indicator.code === '713');
  if (!figure) throw new Error('713 ausente do relatório');
  return figure;
}

async function cuiabaCell(period: string) {
  const grid = await coap.dataEntry.grid.query({ code: '713', year: 2026 });
  const cell = grid.cells.find(
    (candidate) => candidate.territoryCode === CUIABA && candidate.period === period,
  );
  if (!cell) throw new Error(`Cuiabá ${period} ausente do exemplo`);
  return cell;
}

async function saveCuiaba(period: string, numerator: number | null, denominator: number | null) {
  const cell = await cuiabaCell(period);
  await coap.dataEntry.save.mutate({
    code: '713',
    cells: [{ territoryCode: CUIABA, period, numerator, denominator, expectedVersion: cell.version }],
  });
}

describe('roll-ups of the spans reports read', () => {
  it('a later month leaves the closed semester as it was; a month inside it changes it, also when cleared', async () => {
    const before = await icsapAtJune();
    expect(before).toMatchObject({ partialThrough: '2026-06' });

    const october = await cuiabaCell('2026-10');
    await saveCuiaba('2026-10', (october.numerator as number) + 5, october.denominator);
    expect(await icsapAtJune()).toMatchObject({
      numerator: before.numerator,
      denominator: before.denominator,
    });

    const june = await cuiabaCell('2026-06');
    await saveCuiaba('2026-06', (june.numerator as number) + 3, june.denominator);
    expect(await icsapAtJune()).toMatchObject({
      numerator: (before.numerator as number) + 3,
      denominator: before.denominator,
    });

    await saveCuiaba('2026-06', null, null);
    const cleared = await icsapAtJune();
    expect(cleared.numerator).toBe((before.numerator as number) - (june.numerator as number));
    expect(cleared.denominator).toBe((before.denominator as number) - (june.denominator as number));
  });

  it('a unit whose kept span is missing is read from its raw values, not left out', async () => {
    const before = await icsapAtJune();
    const removed = await server
      .db('data_value_spans')
      .where({
        indicator_code: '713',
        year: 2026,
        territory_code: CUIABA,
        first_month: '2026-01',
        through_month: '2026-06',
      })
      .delete();
    expect(removed).toBe(1);
    // Any write gives the data a new revision: the report is computed again, without Cuiabá's row.
    await server.db.transaction(async () => {});
    expect(await icsapAtJune()).toMatchObject({
      numerator: before.numerator,
      denominator: before.denominator,
    });
  });

  it('the migration makes, for values stored before the spans, exactly the rows the write path keeps', async () => {
    const read = () =>
      server
        .db('data_value_spans')
        .select('*')
        .orderBy(['indicator_code', 'year', 'territory_code', 'first_month', 'through_month']);
    const kept = await read();
    expect(kept.length).toBeGreaterThan(1000);
    // The year to date at April, June and August, and the quadrimesters; only in the plan's years,
    // never for an indicator with one value a year (planificação's).
    const spans = new Set(
      kept.map((row) => `${String(row.first_month).slice(5)}–${String(row.through_month).slice(5)}`),
    );
    expect(spans).toEqual(new Set(['01–04', '01–06', '01–08', '05–08', '09–12']));
    expect(new Set(kept.map((row) => Number(row.year)))).toEqual(new Set([2024, 2025, 2026]));
    expect(kept.some((row) => row.indicator_code === 'PLAN-MUN')).toBe(false);

    await server.db('data_value_spans').delete();
    await fillSpanRollups(server.db);
    expect(await read()).toEqual(kept);
  });
});
