/**
 * Each territory's own reference month, through HTTP and a real SQLite file (issue 10, item 5). The
 * test clock is 24/11/2026. Every município sent January to October 2026 (ICSAPS, 713); all four of
 * the região Vale dos Arinos (macro Norte) and two others sent November early. Expected, by hand:
 * - Vale dos Arinos counts through November (4 of 4 ≥ 80 %);
 * - macro Norte (36 municípios: 4 + 1 in November = 5 < 29) and the state (6 < 114) stay at October,
 *   their numerators the sum of January–October only, with November listed as arriving;
 * - each early município counts its own November.
 * And a closed year sent as one yearly value gives the same figure as its twelve months.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTerritories } from '../../server/db/repositories/territory-repository.ts';
import { saveDataValues } from '../../server/services/data-values.ts';
import { expectedPeriods, monthPeriod } from '../../shared/domain/period.ts';
import { indicatorsByCode, rawValue } from '../helpers/raw-values.ts';
import { FROZEN_NOW, getJson, startTestServer, type TestServer } from '../helpers/test-server.ts';

const VALE_DOS_ARINOS = '51016';
const NORTE = '5103';
const SINOP = '5107909'; // Norte, another região
const CUIABA = '5103403'; // Baixada Cuiabana

type FigureJson = {
  territoryCode: string;
  numerator: number | null;
  denominator: number | null;
  reporting: number;
  expected: number;
  partialThrough: string | null;
  pending: { month: string; reported: number; expected: number }[];
};

let server: TestServer;
let valeDosArinos: string[];
let norte: string[];

/** 713 of a município in a month: admissions and ICSAP admissions, different for every cell. */
const admissions = (index: number, month: number) => 100 + index + month;
const sensitive = (index: number, month: number) => 10 + ((index + month) % 7);

beforeAll(async () => {
  server = await startTestServer({ seedExampleData: false });
  const municipalities = (await listTerritories(server.db)).filter((unit) => unit.level === 'municipality');
  valeDosArinos = municipalities
    .filter((unit) => unit.regionCode === VALE_DOS_ARINOS)
    .map((unit) => unit.code);
  norte = municipalities.filter((unit) => unit.macroCode === NORTE).map((unit) => unit.code);
  const early = new Set([...valeDosArinos, SINOP, CUIABA]);
  const rows = municipalities.flatMap((unit, index) =>
    Array.from({ length: early.has(unit.code) ? 11 : 10 }, (_, month) =>
      rawValue(
        '713',
        unit.code,
        monthPeriod(2026, month + 1),
        sensitive(index, month),
        admissions(index, month),
      ),
    ),
  );
  await saveDataValues(server.db, rows, await indicatorsByCode(server.db), FROZEN_NOW);
});

afterAll(async () => {
  await server.stop();
});

/** The raw values of some municípios summed by hand, up to a month. */
async function handSums(codes: readonly string[], through: string) {
  const row = (await server
    .db('data_values')
    .where({ indicator_code: '713', year: 2026 })
    .whereIn('territory_code', codes)
    .andWhere('period', '<=', through)
    .sum({ numerator: 'numerator', denominator: 'denominator' })
    .first()) as { numerator: number; denominator: number };
  return { numerator: Number(row.numerator), denominator: Number(row.denominator) };
}

async function figure(level: string, code: string): Promise<FigureJson | undefined> {
  const { body } = await getJson<FigureJson[]>(
    server,
    `/api/v1/indicators/713/values?level=${level}&year=2026`,
  );
  return body.find((row) => row.territoryCode === code);
}

describe('each territory counts up to its own reference month', () => {
  it('a região whose municípios all sent November moves on to November', async () => {
    expect(valeDosArinos).toHaveLength(4);
    expect(await figure('region', VALE_DOS_ARINOS)).toMatchObject({
      ...(await handSums(valeDosArinos, '2026-11')),
      partialThrough: '2026-11',
      reporting: 4,
      expected: 4,
      pending: [],
    });
  });

  it('its macro and the state stay at October, and say November is arriving', async () => {
    expect(await figure('macro', NORTE)).toMatchObject({
      ...(await handSums(norte, '2026-10')),
      partialThrough: '2026-10',
      expected: 36,
      pending: [{ month: '2026-11', reported: 5, expected: 36 }],
    });
    const municipalities = (await listTerritories(server.db))
      .filter((unit) => unit.level === 'municipality')
      .map((unit) => unit.code);
    expect(await figure('state', '51')).toMatchObject({
      ...(await handSums(municipalities, '2026-10')),
      partialThrough: '2026-10',
      reporting: 142,
      expected: 142,
      pending: [{ month: '2026-11', reported: 6, expected: 142 }],
    });
  });

  it('an early município counts its own November', async () => {
    expect(await figure('municipality', SINOP)).toMatchObject({
      ...(await handSums([SINOP], '2026-11')),
      partialThrough: '2026-11',
    });
  });
});

describe('provenance of a figure', () => {
  it('names only the loads the figure is made of, not a month still arriving', async () => {
    // Sinop's November comes again from another source, an hour later: still one early município.
    const later = new Date(FROZEN_NOW.getTime() + 60 * 60 * 1000);
    await saveDataValues(
      server.db,
      [{ ...rawValue('713', SINOP, '2026-11', 12, 120), source: 'SIH/SUS — TabNet' }],
      await indicatorsByCode(server.db),
      later,
    );
    type WithProvenance = FigureJson & { provenance: { sources: string[]; loadedAt: string } | null };
    const { body: state } = await getJson<WithProvenance[]>(
      server,
      '/api/v1/indicators/713/values?year=2026',
    );
    expect(state[0]?.provenance).toMatchObject({ sources: ['teste'], loadedAt: FROZEN_NOW.toISOString() });
    const { body: units } = await getJson<WithProvenance[]>(
      server,
      '/api/v1/indicators/713/values?level=municipality&year=2026',
    );
    expect(units.find((row) => row.territoryCode === SINOP)?.provenance).toMatchObject({
      sources: ['SIH/SUS — TabNet'],
      loadedAt: later.toISOString(),
    });
  });
});

describe('a closed year as one yearly value', () => {
  it('gives the same figure and completeness as its twelve months', async () => {
    // Two municípios with the same 2024: one by month, one as the whole year.
    const [byMonth, byYear] = ['5100102', '5100201'];
    const months = expectedPeriods('monthly', 2024).map((period, index) =>
      rawValue('713', byMonth, period, 10 + index, 100 + index),
    );
    // Σ 10..21 = 186 and Σ 100..111 = 1266.
    await saveDataValues(
      server.db,
      [...months, rawValue('713', byYear, '2024', 186, 1266)],
      await indicatorsByCode(server.db),
      FROZEN_NOW,
    );
    const { body } = await getJson<(FigureJson & { value: number })[]>(
      server,
      '/api/v1/indicators/713/values?level=municipality&year=2024',
    );
    const of = (code: string) => body.find((row) => row.territoryCode === code);
    for (const code of [byMonth, byYear])
      expect(of(code), code).toMatchObject({
        numerator: 186,
        denominator: 1266,
        reporting: 1,
        partialThrough: null,
      });
    expect(of(byYear)?.value).toBeCloseTo((186 / 1266) * 100, 10);
  });
});
