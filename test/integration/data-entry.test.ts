/** The entry grid through HTTP: who may type, validation, edit conflicts, audit and history. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getJson, logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

let server: TestServer;
let coap: ReturnType<typeof trpcAs>;
let superintendence: ReturnType<typeof trpcAs>;

const CUIABA = '5103403';

// A fresh database per test (a copy of one seeded once): each test writes what its story needs.
beforeEach(async () => {
  server = await startTestServer({ seedExampleData: false });
  coap = trpcAs(server.url, await logInAs(server, 'coap'));
  superintendence = trpcAs(server.url, await logInAs(server, 'superintendencia'));
});

afterEach(async () => {
  await server.stop();
});

/** Cuiabá's January 2025 as `client` saves it over `expectedVersion` (null: a new cell). */
const saveCuiabaJanuary = (
  client: ReturnType<typeof trpcAs>,
  numerator: number | null,
  expectedVersion: number | null,
) =>
  client.dataEntry.save.mutate({
    code: '713',
    cells: [
      {
        territoryCode: CUIABA,
        period: '2025-01',
        numerator,
        denominator: numerator === null ? null : 600,
        expectedVersion,
      },
    ],
  });

describe('entry grid', () => {
  it('shows the municípios × months of the year to the coordenadoria that owns the indicator', async () => {
    const grid = await coap.dataEntry.grid.query({ code: '713', year: 2025 });
    // 2025 is closed: its twelve months and the whole year as one more column.
    expect(grid.periods).toHaveLength(13);
    expect(grid.periods[0]).toBe('2025');
    expect(grid.units).toHaveLength(142);
    expect(grid.cells).toEqual([]);
    // On 24/11/2026 the grid of 2026 stops at November (nothing after the month in progress), and
    // 2027 has nothing to type yet.
    expect((await coap.dataEntry.grid.query({ code: '713', year: 2026 })).periods.at(-1)).toBe('2026-11');
    expect((await coap.dataEntry.grid.query({ code: '713', year: 2027 })).periods).toEqual([]);
  });

  it('takes a whole closed year, which stands over the months typed before (kept, not counted)', async () => {
    const municipality = async () =>
      (
        await getJson<{ territoryCode: string; numerator: number | null; denominator: number | null }[]>(
          server,
          '/api/v1/indicators/713/values?level=municipality&year=2024',
        )
      ).body.find((figure) => figure.territoryCode === CUIABA);
    await coap.dataEntry.save.mutate({
      code: '713',
      cells: [
        { territoryCode: CUIABA, period: '2024-01', numerator: 10, denominator: 100, expectedVersion: null },
      ],
    });
    expect(await municipality()).toMatchObject({ numerator: 10, denominator: 100 });
    await coap.dataEntry.save.mutate({
      code: '713',
      cells: [
        { territoryCode: CUIABA, period: '2024', numerator: 1500, denominator: 8000, expectedVersion: null },
      ],
    });
    expect(await municipality()).toMatchObject({ numerator: 1500, denominator: 8000 });
    const grid = await coap.dataEntry.grid.query({ code: '713', year: 2024 });
    expect(grid.cells.map((cell) => cell.period).sort()).toEqual(['2024', '2024-01']);
  });

  it('refuses indicators of another coordenadoria, with a Portuguese reason', async () => {
    await expect(coap.dataEntry.grid.query({ code: '731', year: 2025 })).rejects.toThrow(
      /é da coordenadoria CACS/,
    );
    await expect(
      coap.dataEntry.save.mutate({
        code: '731',
        cells: [
          { territoryCode: CUIABA, period: '2025-01', numerator: 1, denominator: 100, expectedVersion: null },
        ],
      }),
    ).rejects.toThrow(/é da coordenadoria CACS/);
  });

  it('saves, and the figure and the audit show it', async () => {
    await saveCuiabaJanuary(coap, 120, null);
    type Row = {
      territoryCode: string;
      numerator: number;
      denominator: number;
      value: number;
      pending: unknown;
    };
    const { body } = await getJson<Row[]>(
      server,
      `/api/v1/indicators/713/values?level=municipality&year=2025`,
    );
    expect(body.find((figure) => figure.territoryCode === CUIABA)).toMatchObject({
      denominator: 600,
      value: 20,
    });
    // One município of the 11 of its região has sent January: the região waits for the month to be complete.
    const regions = await getJson<Row[]>(server, `/api/v1/indicators/713/values?level=region&year=2025`);
    expect(regions.body.find((figure) => figure.territoryCode === '51002')).toMatchObject({
      value: null,
      pending: [{ month: '2025-01', reported: 1, expected: 11 }],
    });
    const history = await coap.dataEntry.history.query({
      code: '713',
      territoryCode: CUIABA,
      period: '2025-01',
    });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      username: 'coap',
      action: 'create',
      after: { numerador: 120, denominador: 600 },
    });
  });

  it('refuses the second of two edits of the same cell, naming who saved first', async () => {
    await saveCuiabaJanuary(coap, 120, null);
    const grid = await coap.dataEntry.grid.query({ code: '713', year: 2025 });
    const loaded = grid.cells.find((cell) => cell.territoryCode === CUIABA && cell.period === '2025-01');
    expect(loaded?.version).toBe(1);
    // The superintendence saves first, from a page loaded at the same time.
    await saveCuiabaJanuary(superintendence, 130, 1);
    await expect(
      coap.dataEntry.save.mutate({
        code: '713',
        cells: [
          { territoryCode: CUIABA, period: '2025-01', numerator: 125, denominator: 600, expectedVersion: 1 },
          {
            territoryCode: CUIABA,
            period: '2025-02',
            numerator: 100,
            denominator: 500,
            expectedVersion: null,
          },
        ],
      }),
    ).rejects.toThrow(
      /Nada foi salvo: Cuiabá em jan\/2025 foi salvo por Superintendência SAS \(demonstração\)/,
    );
    // Nothing of the refused save was written, not even the other cell.
    const after = await coap.dataEntry.grid.query({ code: '713', year: 2025 });
    expect(after.cells.map((cell) => [cell.period, cell.numerator, cell.version])).toEqual([
      ['2025-01', 130, 2],
    ]);
  });

  it('refuses a save over a cell someone else cleared meanwhile, naming who (issue 13)', async () => {
    await saveCuiabaJanuary(coap, 120, null);
    await saveCuiabaJanuary(superintendence, null, 1);
    // COAP's page still shows version 1: its 125 would silently vanish if the missing row were skipped.
    await expect(saveCuiabaJanuary(coap, 125, 1)).rejects.toThrow(
      /Nada foi salvo: Cuiabá em jan\/2025 foi apagado por Superintendência SAS \(demonstração\) em 24\/11\/2026/,
    );
    expect((await coap.dataEntry.grid.query({ code: '713', year: 2025 })).cells).toEqual([]);
  });

  it('validates in Portuguese and writes nothing on a bad cell', async () => {
    const attempts: [number | null, number | null, string, RegExp][] = [
      [-1, 10, '2025-03', /não pode ser negativo/],
      [
        11,
        10,
        '2025-03',
        /Regra "numerador ≤ denominador": o numerador \(11\) é maior que o denominador \(10\)/,
      ],
      [1, 10, '2031-01', /fora do painel/],
      [1, 10, '2026', /ano 2026 ainda não terminou/],
      [1, 10, '2026-12', /dez\/2026 ainda não começou: só se registram valores até nov\/2026/],
    ];
    for (const [numerator, denominator, period, message] of attempts) {
      await expect(
        coap.dataEntry.save.mutate({
          code: '713',
          cells: [
            {
              territoryCode: '5100102',
              period: '2025-04',
              numerator: 1,
              denominator: 10,
              expectedVersion: null,
            },
            { territoryCode: CUIABA, period, numerator, denominator, expectedVersion: null },
          ],
        }),
      ).rejects.toThrow(message);
    }
    await expect(
      coap.dataEntry.save.mutate({
        code: '713',
        cells: [
          {
            territoryCode: '9999999',
            period: '2025-03',
            numerator: 1,
            denominator: 10,
            expectedVersion: null,
          },
        ],
      }),
    ).rejects.toThrow(/território 9999999 não existe/);
    const grid = await coap.dataEntry.grid.query({ code: '713', year: 2025 });
    expect(grid.cells).toEqual([]);
  });

  it('keeps half a value (numerator typed first) without counting it until the denominator arrives', async () => {
    const state = async () =>
      (
        await getJson<{ territoryCode: string; numerator: number | null }[]>(
          server,
          '/api/v1/indicators/713/values?level=municipality&year=2025',
        )
      ).body.find((figure) => figure.territoryCode === '5100102');
    const before = await state();
    await coap.dataEntry.save.mutate({
      code: '713',
      cells: [
        {
          territoryCode: '5100102',
          period: '2025-05',
          numerator: 7,
          denominator: null,
          expectedVersion: null,
        },
      ],
    });
    expect((await state())?.numerator).toBe(before?.numerator);
    await coap.dataEntry.save.mutate({
      code: '713',
      cells: [
        { territoryCode: '5100102', period: '2025-05', numerator: 7, denominator: 70, expectedVersion: 1 },
      ],
    });
    expect((await state())?.numerator).toBe((before?.numerator ?? 0) + 7);
  });

  it('clears a cell, with the deletion in the history', async () => {
    await saveCuiabaJanuary(coap, 120, null);
    await saveCuiabaJanuary(superintendence, 130, 1);
    await saveCuiabaJanuary(superintendence, null, 2);
    const grid = await coap.dataEntry.grid.query({ code: '713', year: 2025 });
    expect(grid.cells.filter((cell) => cell.territoryCode === CUIABA)).toEqual([]);
    const history = await coap.dataEntry.history.query({
      code: '713',
      territoryCode: CUIABA,
      period: '2025-01',
    });
    expect(history.map((entry) => entry.action)).toEqual(['delete', 'update', 'create']);
  });
});
