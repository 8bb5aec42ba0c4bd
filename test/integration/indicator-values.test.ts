/**
 * Through the real HTTP server on a temporary SQLite file, with a handful of raw values whose
 * figures are computed by hand in the comments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataValueRow } from '../../server/db/repositories/data-value-repository.ts';
import { saveDataValues } from '../../server/services/data-values.ts';
import { indicatorsByCode, rawValue, restOfStateReportedZero } from '../helpers/raw-values.ts';
import { FROZEN_NOW, getJson, startTestServer, type TestServer } from '../helpers/test-server.ts';

type ValueRow = {
  territoryCode: string;
  territoryName: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  target: number | null;
  status: string;
  completeness: number | null;
  reporting: number;
  expected: number;
  isPartial: boolean;
  partialThrough: string | null;
};

const CUIABA = '5103403';
const VARZEA_GRANDE = '5108402';
const ACORIZAL = '5100102';
const RONDONOPOLIS = '5107602';
const BAIXADA_REGION = '51002';
const BAIXADA_MACRO = '5105';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ seedExampleData: false });
  const indicators = await indicatorsByCode(server.db);
  await saveDataValues(
    server.db,
    [
      // Infant mortality (731, per 1,000 live births, sum of months, lower is better).
      rawValue('731', CUIABA, '2025-01', 2, 100),
      rawValue('731', CUIABA, '2025-02', 1, 150),
      rawValue('731', VARZEA_GRANDE, '2025-01', 0, 0), // no live births: no rate of its own
      rawValue('731', ACORIZAL, '2025-01', 1, 50), // February missing
      rawValue('731', RONDONOPOLIS, '2025-01', 1, 200),
      rawValue('731', RONDONOPOLIS, '2025-02', 0, 100),
      // Saúde da Família coverage (714, a stock: the last month of the year counts).
      rawValue('714', CUIABA, '2024-06', 500_000, 650_000),
      rawValue('714', CUIABA, '2024-12', 520_000, 650_000),
      rawValue('714', ACORIZAL, '2024-12', 5_000, 5_000),
      // Count goal recorded per macro (professionals trained, per-macro targets).
      rawValue('PLAN-PROF', '5101', '2024', 2_900, null),
      rawValue('PLAN-PROF', '5103', '2024', 3_500, null),
      // The other municípios reported no deaths and no births, so every territory's reference month
      // is February (Acorizal's missing February shows in completeness), and no covered population.
      ...(await restOfStateReportedZero(
        server.db,
        '731',
        ['2025-01', '2025-02'],
        [CUIABA, VARZEA_GRANDE, ACORIZAL, RONDONOPOLIS],
      )),
      ...(await restOfStateReportedZero(server.db, '714', ['2024-12'], [CUIABA, ACORIZAL])),
    ],
    indicators,
    FROZEN_NOW,
  );
});

afterAll(async () => {
  await server.stop();
});

describe('GET /api/v1/indicators/{code}/values', () => {
  it('a município sums its months: Cuiabá 3 deaths / 250 births = 12 per 1,000', async () => {
    const { status, body } = await getJson<ValueRow[]>(
      server,
      `/api/v1/indicators/731/values?level=municipality&year=2025`,
    );
    expect(status).toBe(200);
    const cuiaba = body.find((figure) => figure.territoryCode === CUIABA);
    expect(cuiaba).toMatchObject({
      numerator: 3,
      denominator: 250,
      value: 12,
      target: 12.3,
      // 250 live births < 1.000: a small number, shown with its exact interval and no status.
      status: 'small_number',
    });
    // Poisson limits of 3 deaths: 0,6187 and 8,7673 → per 1.000 of 250 births.
    const interval = (cuiaba as ValueRow & { interval: { lower: number; upper: number } }).interval;
    expect(interval.lower).toBeCloseTo((0.6187 / 250) * 1000, 2);
    expect(interval.upper).toBeCloseTo((8.7673 / 250) * 1000, 2);
    // Várzea Grande reported zero births: no rate, "sem dados", but it did report.
    expect(body.find((figure) => figure.territoryCode === VARZEA_GRANDE)).toMatchObject({
      numerator: 0,
      denominator: 0,
      value: null,
      status: 'no_data',
    });
  });

  it('a região sums numerators and denominators of its municípios: (3 + 0 + 1) / (250 + 0 + 50) × 1000', async () => {
    const { body } = await getJson<ValueRow[]>(
      server,
      `/api/v1/indicators/731/values?level=region&year=2025`,
    );
    const baixada = body.find((figure) => figure.territoryCode === BAIXADA_REGION);
    expect(baixada?.numerator).toBe(4);
    expect(baixada?.denominator).toBe(300);
    expect(baixada?.value).toBeCloseTo(13.3333, 4);
    // 13,33 would miss the 12,3 target, but 300 births are too few to judge: "número pequeno".
    expect(baixada?.status).toBe('small_number');
    // Data go up to Feb/2025; all but Várzea Grande and Acorizal sent both months (11 municípios).
    expect(baixada).toMatchObject({ reporting: 9, expected: 11, isPartial: true, partialThrough: '2025-02' });
  });

  it('the state sums every município: (4 + 1) / (300 + 300) × 1000 = 8.33', async () => {
    const { body } = await getJson<ValueRow[]>(server, `/api/v1/indicators/731/values?level=state&year=2025`);
    expect(body).toHaveLength(1);
    expect(body[0]?.numerator).toBe(5);
    expect(body[0]?.denominator).toBe(600);
    expect(body[0]?.value).toBeCloseTo(8.3333, 4);
    expect(body[0]?.status).toBe('small_number'); // 600 births in these fixtures
    // Boa Esperança do Norte exists from 2025: 142 expected municípios.
    expect(body[0]?.expected).toBe(142);
    // Everyone but Várzea Grande and Acorizal (January only) sent January and February.
    expect(body[0]?.reporting).toBe(140);
  });

  it('a stock takes the last month per município before summing: (520,000 + 5,000) / 655,000', async () => {
    const { body } = await getJson<ValueRow[]>(server, `/api/v1/indicators/714/values?level=macro&year=2024`);
    const baixada = body.find((figure) => figure.territoryCode === BAIXADA_MACRO);
    expect(baixada?.numerator).toBe(525_000);
    expect(baixada?.denominator).toBe(655_000);
    expect(baixada?.value).toBeCloseTo(80.1527, 3);
    // Higher is better, target 88.92: 80.15 is below 88.92 − 5 % (84.47).
    expect(baixada?.status).toBe('not_achieved');
    // 2024 is before Boa Esperança do Norte: 141 municípios expected in the state.
    const state = await getJson<ValueRow[]>(server, `/api/v1/indicators/714/values?year=2024`);
    expect(state.body[0]?.expected).toBe(141);
  });

  it('a count goal compares each macro with its own target and the state with the sum', async () => {
    const { body } = await getJson<ValueRow[]>(
      server,
      `/api/v1/indicators/PLAN-PROF/values?level=macro&year=2024`,
    );
    const sul = body.find((figure) => figure.territoryCode === '5101');
    const norte = body.find((figure) => figure.territoryCode === '5103');
    const leste = body.find((figure) => figure.territoryCode === '5104');
    expect(sul).toMatchObject({ value: 2_900, target: 2_871, status: 'achieved' });
    // 3,855 − 5 % = 3,662.25: 3,500 is below the band.
    expect(norte).toMatchObject({ value: 3_500, target: 3_855, status: 'not_achieved' });
    expect(leste).toMatchObject({ value: null, target: null, status: 'no_data' });
    const state = await getJson<ValueRow[]>(
      server,
      `/api/v1/indicators/PLAN-PROF/values?level=state&year=2024`,
    );
    // 6,400 against 2,871 + 3,855 = 6,726: within 5 % (6,389.7).
    expect(state.body[0]).toMatchObject({
      value: 6_400,
      target: 6_726,
      status: 'at_risk',
      reporting: 2,
      expected: 6,
    });
  });

  it('a year with no data is "sem dados"', async () => {
    const { body } = await getJson<ValueRow[]>(server, `/api/v1/indicators/731/values?year=2023`);
    expect(body[0]).toMatchObject({ value: null, status: 'no_data', numerator: null, target: null });
  });

  it('exports CSV for Excel in Portuguese', async () => {
    const response = await fetch(
      `${server.url}/api/v1/indicators/731/values?level=region&year=2025&format=csv`,
      { headers: { cookie: server.adminCookie } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const baixada = text.split('\r\n').find((line) => line.startsWith(`${BAIXADA_REGION};`));
    expect(baixada).toMatch(
      /^51002;Baixada Cuiabana;2025;4;300;13,33;por 1\.000 nascidos vivos;12,30;Número pequeno;9;11;81,8;2025-02;não;não$/,
    );
  });

  it('answers bad requests with a 4xx and a Portuguese message', async () => {
    const cases: [string, number, RegExp][] = [
      ['/api/v1/indicators/999/values', 404, /não encontrado/],
      ['/api/v1/indicators/731/values?level=bairro', 400, /Nível "bairro" desconhecido/],
      ['/api/v1/indicators/731/values?year=1999', 400, /2020 a 2027/],
      ['/api/v1/indicators/731/values?year=abc', 400, /ano deve ser um número/],
      ['/api/v1/indicators/731/values?format=xml', 400, /Formato desconhecido/],
      ['/api/v1/indicators/PLAN-PROF/values?level=municipality', 422, /registrado por macrorregião/],
      ['/api/v1/nada', 404, /não encontrado/],
      ['/api/outra-coisa', 404, /não encontrado/],
      ['/api/v1/indicators/%E0%A4%A/values', 400, /inválid/],
      ['/api/v1/indicators/731/values?level=state&level=macro', 400, /Nível|nível|inválid/i],
      ['/api/v1/indicators/731/values?year=0x7E9', 400, /4 dígitos/],
    ];
    for (const [pathname, status, message] of cases) {
      const response = await getJson<{ error: string }>(server, pathname);
      expect(response.status, pathname).toBe(status);
      expect(response.body.error, pathname).toMatch(message);
    }
  });
});

describe('saving raw values', () => {
  it('refuses values at the wrong level, in the wrong period shape or for an unknown territory, writing nothing', async () => {
    const indicators = await indicatorsByCode(server.db);
    const before = await getJson<ValueRow[]>(server, '/api/v1/indicators/731/values?year=2025');
    const attempts: [DataValueRow[], RegExp][] = [
      // A state-level value for a município indicator would be counted twice in the state total.
      [
        [rawValue('731', CUIABA, '2025-03', 1, 90), rawValue('731', '51', '2025-03', 10, 1000)],
        /registrado por município/,
      ],
      [[rawValue('731', CUIABA, '2026', 1, 90)], /2026 ainda não terminou/],
      [[rawValue('731', CUIABA, '2026-12', 1, 90)], /dez\/2026 ainda não começou/],
      [[rawValue('718', CUIABA, '2027', 1, 90)], /2027 ainda não começou/],
      [[rawValue('PBF', CUIABA, '2025-03', 1, 90)], /semestral/],
      [[rawValue('731', '5199999', '2025-03', 1, 90)], /território 5199999 não existe/],
      [[rawValue('PLAN-PROF', CUIABA, '2025', 10, null)], /registrado por macrorregião/],
      [[rawValue('PLAN-PROF', '5101', '2025', 1.5, null)], /número inteiro/],
    ];
    for (const [rows, message] of attempts) {
      await expect(saveDataValues(server.db, rows, indicators, FROZEN_NOW)).rejects.toThrow(message);
    }
    const after = await getJson<ValueRow[]>(server, '/api/v1/indicators/731/values?year=2025');
    expect(after.body).toEqual(before.body);
  });
});

describe('years and territories without data', () => {
  it('expects every município in the year in progress, and nothing in a year not begun', async () => {
    // 731 has data up to Feb/2025: in 2026 (in progress) all 142 owe their months and none sent any.
    const inProgress = await getJson<ValueRow[]>(server, '/api/v1/indicators/731/values?year=2026');
    expect(inProgress.body[0]).toMatchObject({ value: null, status: 'no_data', reporting: 0, expected: 142 });
    const notBegun = await getJson<ValueRow[]>(server, '/api/v1/indicators/731/values?year=2027');
    expect(notBegun.body[0]).toMatchObject({
      value: null,
      status: 'no_data',
      reporting: 0,
      expected: 0,
      completeness: null,
    });
  });

  it('lists Boa Esperança do Norte only from 2025, when it was installed', async () => {
    const municipalities = async (year: number) =>
      (await getJson<ValueRow[]>(server, `/api/v1/indicators/731/values?level=municipality&year=${year}`))
        .body;
    expect((await municipalities(2024)).some((figure) => figure.territoryCode === '5101837')).toBe(false);
    expect(await municipalities(2024)).toHaveLength(141);
    expect(await municipalities(2025)).toHaveLength(142);
  });
});

describe('GET /api/v1/indicators', () => {
  it('lists every row of the plan panel with the targets exactly as printed', async () => {
    const { body } = await getJson<
      {
        code: string;
        unit: string;
        factor: number;
        polarity: string;
        targets: { year: number; value: number | null; territory?: string }[];
      }[]
    >(server, '/api/v1/indicators');
    expect(body.map((indicator) => indicator.code)).toEqual([
      '713',
      '714',
      '715',
      'RAS-CIB',
      'PLAN-MUN',
      'PLAN-PROF',
      'PBF',
      'PLAN-F1',
      'DIRETRIZES-CIB',
      'LC-ESTRAT',
      '716',
      '717',
      '731',
      '718',
      '719',
    ]);
    const stateTargets = (code: string) =>
      body
        .find((indicator) => indicator.code === code)
        ?.targets.filter((target) => target.territory === undefined)
        .map((target) => target.value);
    // Seed 003, §5.3.
    expect(stateTargets('713')).toEqual([19.4, 19, 18.6, 18]);
    expect(stateTargets('714')).toEqual([88.92, 90.33, 91.75, 93.16]);
    expect(stateTargets('715')).toEqual([60.14, 61.57, 63, 64.43]);
    expect(stateTargets('PBF')).toEqual([80, 82, 84, 85]);
    expect(stateTargets('716')).toEqual([78, 88, 98, 100]);
    expect(stateTargets('717')).toEqual([40, 38, 36, 34]);
    expect(stateTargets('731')).toEqual([12.48, 12.3, 12.11, 11.92]);
    expect(stateTargets('718')).toEqual([249.2, 244.2, 239.3, 234.5]);
    expect(stateTargets('719')).toEqual([5.85, 5.92, 5.97, 6.03]);
    expect(stateTargets('PLAN-MUN')).toEqual([54, 76, 112, 142]);
    expect(stateTargets('PLAN-F1')).toEqual([1, 1, 2, 2]);
    expect(stateTargets('DIRETRIZES-CIB')).toEqual([2, 1, 1, 2]);
    expect(stateTargets('LC-ESTRAT')).toEqual([null, 1, 1, 1]);
    const icsaps = body.find((indicator) => indicator.code === '713');
    expect(icsaps).toMatchObject({ unit: '%', factor: 100, polarity: 'lower' });
    // Cumulative adhesion per macro: Norte keeps its 35 from 2024 on.
    const norte = body
      .find((indicator) => indicator.code === 'PLAN-MUN')
      ?.targets.filter((target) => target.territory === '5103')
      .map((target) => [target.year, target.value]);
    expect(norte).toEqual([
      [2024, 35],
      [2025, 35],
      [2026, 35],
      [2027, 35],
    ]);
  });
});

describe('tRPC errors', () => {
  it('reach the page as Portuguese sentences', async () => {
    const call = async (procedure: string, input: unknown) => {
      const response = await fetch(
        `${server.url}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`,
        { headers: { cookie: server.adminCookie } },
      );
      return {
        status: response.status,
        message: ((await response.json()) as { error: { message: string } }).error.message,
      };
    };
    expect(await call('indicator.sheet', { code: 'XYZ' })).toEqual({
      status: 404,
      message: 'Indicador "XYZ" não encontrado no painel do plano.',
    });
    expect(await call('indicator.sheet', { code: 'x'.repeat(41) })).toMatchObject({
      status: 400,
      message: /longo demais/,
    });
    expect(await call('indicator.figures', { code: '713', level: 'bairro', year: 2025 })).toMatchObject({
      status: 400,
      message: /Nível de território desconhecido/,
    });
    expect(await call('scorecard.state', { year: '1990' })).toMatchObject({
      status: 400,
      message: /2020 a 2027/,
    });
    expect(await call('territory.view', {})).toMatchObject({
      status: 400,
      message: /(obrigatório|esperado|inválid)/i,
    });
  });
});

describe('page addresses', () => {
  it('answers a malformed address with a Portuguese page, not a stack trace', async () => {
    const response = await fetch(`${server.url}/indicador/%E0`, { headers: { cookie: server.adminCookie } });
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toContain('Endereço inválido');
    expect(body).not.toMatch(/URIError|at /);
  });
});

describe('GET /health', () => {
  it('answers 200 when the database is reachable', async () => {
    const { status, body } = await getJson(server, '/health');
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok' });
  });
});
