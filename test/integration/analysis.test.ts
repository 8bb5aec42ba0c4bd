/**
 * Required pace and contribution to a gap, through the real HTTP server on a temporary SQLite
 * file, with raw values whose answers are worked out by hand in the comments. The test clock is
 * 24/11/2026: 2026 is the year in progress, October its last full month.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveDataValues } from '../../server/services/data-values.ts';
import { indicatorsByCode, rawValue, restOfStateReportedZero } from '../helpers/raw-values.ts';
import { FROZEN_NOW, getJson, logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

const CUIABA = '5103403';
const VARZEA_GRANDE = '5108402';
const ACORIZAL = '5100102';
const SINOP = '5107909'; // macro Norte, where the demo gestor regional "norte" reads
const BAIXADA_REGION = '51002';

type Pace = {
  expectedToDate: number | null;
  monthlyToYearTarget: number | null;
  monthlyToFinalTarget: number | null;
  restOfYearRate: number | null;
  monthsLeftInYear: number;
  monthsLeftToFinal: number;
  basis: string;
  monthsElapsed: number;
  previousYearValue: number | null;
  finalTarget: number | null;
};
type FigureJson = { territoryCode: string; value: number | null; target: number | null; pace: Pace | null };
type ContributionJson = {
  target: number | null;
  totalGap: number | null;
  rows: {
    code: string;
    name: string;
    numerator: number;
    denominator: number;
    expected: number;
    gap: number;
    shareOfExcess: number | null;
  }[];
};

let server: TestServer;

// A fresh database per test (a copy of one seeded once): each test writes what its story needs.
beforeEach(async () => {
  server = await startTestServer({ seedExampleData: false });
  const indicators = await indicatorsByCode(server.db);
  await saveDataValues(
    server.db,
    [
      // ICSAPS (713, % of admissions, lower is better; targets 19 in 2025, 18,6 in 2026, 18 in 2027).
      rawValue('713', CUIABA, '2025-12', 400, 2000),
      rawValue('713', VARZEA_GRANDE, '2025-12', 10, 100),
      rawValue('713', CUIABA, '2026-10', 190, 1000),
      rawValue('713', VARZEA_GRANDE, '2026-10', 30, 100),
      rawValue('713', ACORIZAL, '2026-10', 5, 100),
      rawValue('713', SINOP, '2026-10', 10, 100),
      // Municípios adhering to the planificação (a stock read at the year's last situation).
      rawValue('PLAN-MUN', CUIABA, '2025', 1, null),
      rawValue('PLAN-MUN', CUIABA, '2026', 1, null),
      rawValue('PLAN-MUN', ACORIZAL, '2026', 1, null),
      // Every other município sent December 2025 and October 2026 with no admissions, so each
      // territory's reference month is December (2025) and October (2026); the sums do not change.
      ...(await restOfStateReportedZero(
        server.db,
        '713',
        ['2025-12', '2026-10'],
        [CUIABA, VARZEA_GRANDE, ACORIZAL, SINOP],
      )),
    ],
    indicators,
    FROZEN_NOW,
  );
});

afterEach(async () => {
  await server.stop();
});

describe('required pace of the year in progress', () => {
  it('puts the região on the straight line from 2025 to the 2026 target', async () => {
    const { body } = await getJson<FigureJson[]>(
      server,
      '/api/v1/indicators/713/values?level=region&year=2026',
    );
    const baixada = body.find((figure) => figure.territoryCode === BAIXADA_REGION);
    // 2026 up to October: (190 + 30 + 5) / (1000 + 100 + 100) = 18,75 %.
    expect(baixada?.value).toBeCloseTo(18.75, 10);
    // 2025: (400 + 10) / (2000 + 100) = 19,5238 %; expected in October: 19,5238 + (18,6 − 19,5238) × 10/12.
    expect(baixada?.pace?.previousYearValue).toBeCloseTo(19.52381, 5);
    expect(baixada?.pace?.expectedToDate).toBeCloseTo(18.75397, 5);
    // Still needed: November and December at (12 × 18,6 − 10 × 18,75) / 2 = 17,85 %.
    expect(baixada?.pace?.restOfYearRate).toBeCloseTo(17.85, 10);
    expect(baixada?.pace?.monthlyToYearTarget).toBeNull();
    expect(baixada?.pace).toMatchObject({ basis: 'year_to_date', monthsElapsed: 10, finalTarget: 18 });
  });

  it('paces a yearly stock by the calendar: 10 months of 2026 have passed', async () => {
    const { body } = await getJson<FigureJson[]>(
      server,
      '/api/v1/indicators/PLAN-MUN/values?level=state&year=2026',
    );
    // 1 município in 2025, 2 now; target 112 in 2026: 1 + (112 − 1) × 10/12 = 93,5 expected.
    expect(body[0]?.value).toBe(2);
    expect(body[0]?.pace?.expectedToDate).toBeCloseTo(93.5, 10);
    expect(body[0]?.pace?.monthlyToYearTarget).toBeCloseTo(55, 10); // (112 − 2) / 2
    expect(body[0]?.pace?.monthlyToFinalTarget).toBeCloseTo(10, 10); // (142 − 2) / 14
  });

  it('has no pace for a closed year', async () => {
    const { body } = await getJson<FigureJson[]>(
      server,
      '/api/v1/indicators/713/values?level=state&year=2025',
    );
    expect(body[0]?.value).not.toBeNull();
    expect(body[0]?.pace).toBeNull();
  });
});

describe('contribution of municípios to a gap, in cases', () => {
  it('sorts the região by excess cases, which add up to its own gap', async () => {
    const { status, body } = await getJson<ContributionJson>(
      server,
      `/api/v1/indicators/713/contribution?territory=${BAIXADA_REGION}&year=2026`,
    );
    expect(status).toBe(200);
    expect(body.target).toBe(18.6);
    // Expected at 18,6 %: Cuiabá 186, Várzea Grande 18,6, Acorizal 18,6.
    // Excess: 190 − 186 = 4; 30 − 18,6 = 11,4; 5 − 18,6 = −13,6. Total 225 − 223,2 = 1,8.
    expect(body.rows.map((row) => row.code)).toEqual([VARZEA_GRANDE, CUIABA, ACORIZAL]);
    expect(body.rows.map((row) => row.gap)).toEqual([
      expect.closeTo(11.4, 10),
      expect.closeTo(4, 10),
      expect.closeTo(-13.6, 10),
    ]);
    expect(body.totalGap).toBeCloseTo(1.8, 10);
    // Of the 15,4 cases above expected (11,4 + 4), Várzea Grande has 74 %.
    expect(body.rows[0]?.shareOfExcess).toBeCloseTo(11.4 / 15.4, 10);
    expect(body.rows[2]?.shareOfExcess).toBeNull();
  });

  it('gives the first rows only when asked, with the total still over every município', async () => {
    const superintendence = trpcAs(server.url, await logInAs(server, 'superintendencia'));
    const input = { code: '713', territoryCode: BAIXADA_REGION, year: 2026 };
    const all = await superintendence.indicator.contribution.query(input);
    const first = await superintendence.indicator.contribution.query({ ...input, limit: 1 });
    expect(first.contribution?.rows).toEqual(all.contribution?.rows.slice(0, 1));
    expect(first.contribution).toMatchObject({
      totalGap: all.contribution?.totalGap,
      rowCount: 3,
      municipalityCount: 3,
    });
    // The row of those out of a gestor regional's access is a row, not a município.
    const norte = trpcAs(server.url, await logInAs(server, 'norte'));
    const state = await norte.indicator.contribution.query({ ...input, territoryCode: '51', limit: 1 });
    expect(state.contribution).toMatchObject({ rowCount: 2, municipalityCount: 1 });
  });

  it('sums what a gestor regional may not open into one row, so the state still adds up', async () => {
    const cookie = await logInAs(server, 'norte');
    const { body } = await getJson<ContributionJson>(
      server,
      '/api/v1/indicators/713/contribution?territory=51&year=2026',
      { cookie },
    );
    // State: (225 + 10) − 18,6 % × 1.300 = 235 − 241,8 = −6,8; Sinop 10 − 18,6 = −8,6; the rest 1,8.
    expect(body.totalGap).toBeCloseTo(-6.8, 10);
    expect(body.rows.map((row) => row.code)).toEqual(['outros', SINOP]);
    expect(body.rows[0]).toMatchObject({
      numerator: 225,
      denominator: 1200,
      name: 'Outros 3 municípios (fora do seu acesso)',
    });
    expect(body.rows.map((row) => row.shareOfExcess)).toEqual([1, null]);
  });

  it('refuses what has no cases or is outside the reader’s access, in Portuguese', async () => {
    const cookie = await logInAs(server, 'norte');
    const outside = await getJson<{ error: string }>(
      server,
      `/api/v1/indicators/713/contribution?territory=${BAIXADA_REGION}&year=2026`,
      { cookie },
    );
    expect(outside.status).toBe(403);
    expect(outside.body.error).toMatch(/Seu acesso não inclui/);
    const count = await getJson<{ error: string }>(
      server,
      '/api/v1/indicators/PLAN-MUN/contribution?territory=51&year=2026',
    );
    expect(count.status).toBe(422);
    expect(count.body.error).toMatch(/não é uma taxa registrada por município/);
    const municipality = await getJson<{ error: string }>(
      server,
      `/api/v1/indicators/713/contribution?territory=${CUIABA}&year=2026`,
    );
    expect(municipality.status).toBe(422);
    const missing = await getJson<{ error: string }>(server, '/api/v1/indicators/713/contribution?year=2026');
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatch(/território/i);
  });
});

describe('provenance of a figure', () => {
  type Provenance = {
    sources: string[];
    competence: string;
    loadedAt: string;
    hasProvisional: boolean;
    revisedSince: { meetingMonth: string; shownValue: number | null } | null;
  };
  const stateFigure = async () =>
    (
      await getJson<(FigureJson & { provenance: Provenance | null })[]>(
        server,
        '/api/v1/indicators/713/values?level=state&year=2026',
      )
    ).body[0];

  it('names the source, the competência and when the values were loaded', async () => {
    const figure = await stateFigure();
    expect(figure?.provenance).toEqual({
      sources: ['teste'],
      competence: '2026-10',
      loadedAt: FROZEN_NOW.toISOString(),
      hasProvisional: false,
      revisedSince: null,
    });
  });

  /** The November meeting reviews October: closing it records the 2026 figures it showed. */
  async function closeNovemberMeeting(): Promise<number | null | undefined> {
    const superintendence = trpcAs(server.url, await logInAs(server, 'superintendencia'));
    const { meeting } = await superintendence.meeting.get.query({ month: '2026-11' });
    await superintendence.meeting.close.mutate({ month: '2026-11', version: meeting?.version ?? null });
    return (await stateFigure())?.value;
  }

  /** Sinop's October comes again, from TabNet, with 40 admissions instead of 10. */
  async function reviseSinopOctober(): Promise<void> {
    await saveDataValues(
      server.db,
      [{ ...rawValue('713', SINOP, '2026-10', 40, 100), source: 'SIH/SUS — TabNet' }],
      await indicatorsByCode(server.db),
      FROZEN_NOW,
    );
  }

  it('flags a state value revised after a closed reunião de condução showed it', async () => {
    // (225 + 10) / 1.300 = 18,0769 %.
    const shown = await closeNovemberMeeting();
    expect(shown).toBeCloseTo(18.0769, 4);
    expect((await stateFigure())?.provenance?.revisedSince).toBeNull();
    await reviseSinopOctober();
    const revised = await stateFigure();
    // (225 + 40) / 1.300 = 20,3846 % now; the meeting saw 18,0769 %.
    expect(revised?.value).toBeCloseTo(20.3846, 4);
    expect(revised?.provenance?.revisedSince).toEqual({ meetingMonth: '2026-11', shownValue: shown });
  });

  it('names the sources of each territory’s own values', async () => {
    await reviseSinopOctober();
    const { body } = await getJson<(FigureJson & { provenance: Provenance | null })[]>(
      server,
      '/api/v1/indicators/713/values?level=municipality&year=2026',
    );
    const of = (code: string) => body.find((figure) => figure.territoryCode === code)?.provenance?.sources;
    expect(of(SINOP)).toEqual(['SIH/SUS — TabNet']);
    expect(of(ACORIZAL)).toEqual(['teste']);
    expect((await stateFigure())?.provenance?.sources).toEqual(['SIH/SUS — TabNet', 'teste']);
  });

  it('leaves a month sent early by one município out of the state: no new value, no new revision', async () => {
    const shown = await closeNovemberMeeting();
    await reviseSinopOctober();
    const indicators = await indicatorsByCode(server.db);
    const before = await stateFigure();
    expect(before?.provenance?.revisedSince).toEqual({ meetingMonth: '2026-11', shownValue: shown });
    await saveDataValues(server.db, [rawValue('713', CUIABA, '2026-11', 20, 100)], indicators, FROZEN_NOW);
    const figure = await stateFigure();
    // 1 of 142 municípios sent November: the state stays at October, and says November is coming.
    expect(figure?.value).toBe(before?.value);
    expect(figure).toMatchObject({
      partialThrough: '2026-10',
      pending: [{ month: '2026-11', reported: 1, expected: 142 }],
    });
    expect(figure?.provenance?.competence).toBe('2026-10');
    // Still only Sinop's October revision, against what the meeting showed.
    expect(figure?.provenance?.revisedSince).toEqual(before?.provenance?.revisedSince);
  });
});
