/**
 * The TabNet downloads SES teams actually take (issue 10): the whole state, years or months in the
 * columns, capitals without accents, `-` for zero, municípios with nothing to count left out, an
 * unidentified-município row and the Total line. Imported by the command line and over HTTP into a
 * real SQLite file; every figure is checked against sums made here, by hand, from the files' text.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listTerritories, type TerritoryRow } from '../../server/db/repositories/territory-repository.ts';
import { describeProblem } from '../../shared/import/problems.ts';
import { databaseSnapshot, FIXTURES, importFile } from '../helpers/import-client.ts';
import { runImportCli } from '../helpers/scripts.ts';
import { getJson, logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';

const DEATHS = 'tabnet-estado-obitos-infantis-anos-latin1.csv';
const BIRTHS = 'tabnet-estado-nascidos-vivos-anos-latin1.csv';
const MONTHLY_DEATHS = 'tabnet-estado-obitos-infantis-meses-latin1.csv';

let server: TestServer;
let cacs: string;
let territories: TerritoryRow[];

/** A fresh database: shared by the read-only checks of one import, or one per test that writes. */
async function openServer() {
  server = await startTestServer({ seedExampleData: false });
  cacs = await logInAs(server, 'superintendencia');
  territories = await listTerritories(server.db);
}
const closeServer = () => server.stop();

/** The file's município rows as a person reads them in Notepad: code → numbers (`-` is 0). */
function rowsOf(name: string): Map<string, number[]> {
  const text = iconv.decode(fs.readFileSync(path.join(FIXTURES, name)), 'latin1');
  const rows = new Map<string, number[]>();
  for (const line of text.split('\r\n')) {
    const match = /^"(\d{6}) [^"]+";(.*)$/.exec(line);
    if (!match?.[1] || match[2] === undefined) continue;
    const numbers = match[2].split(';').map((cell) => (cell === '-' ? 0 : Number(cell)));
    rows.set(match[1], numbers.slice(0, -1)); // the last column is the row's Total
  }
  return rows;
}

/** Sums of one year column over the municípios of a territory (absent from the file: zero). */
function sumFor(rows: Map<string, number[]>, column: number, inside: (unit: TerritoryRow) => boolean) {
  return territories
    .filter((unit) => unit.level === 'municipality' && inside(unit))
    .reduce((sum, unit) => sum + (rows.get(unit.code.slice(0, 6))?.[column] ?? 0), 0);
}

async function runCli(file: string, half: 'numerador' | 'denominador') {
  return runImportCli(server, [
    path.join(FIXTURES, file),
    '--formato',
    'tabnet',
    '--indicador',
    '731',
    '--conteudo',
    half,
  ]);
}

type FigureRow = {
  territoryCode: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
};

/** Deaths then births of 2021–2022 by the command line. */
let cliOutputs = { deaths: '', births: '' };
async function importYearlyFilesByCli() {
  cliOutputs = {
    deaths: (await runCli(DEATHS, 'numerador')).stdout,
    births: (await runCli(BIRTHS, 'denominador')).stdout,
  };
}

/** A TabNet file for 731 over HTTP, previewed or applied. */
function importTabnet(
  file: { name: string; bytes?: Uint8Array },
  options: { half?: string; apply: boolean },
) {
  return importFile(server.url, cacs, file, {
    formato: 'tabnet',
    indicador: '731',
    conteudo: options.half ?? 'numerador',
    ...(options.apply ? { aplicar: 'sim' } : {}),
  });
}

/** The 2023 deaths by month (applying it twice changes nothing). */
function importMonthlyDeaths() {
  return importTabnet({ name: MONTHLY_DEATHS }, { apply: true });
}

describe('yearly TabNet downloads of closed years into a monthly indicator (731)', () => {
  // Its tests only read what the import wrote, or apply a file that changes nothing.
  beforeAll(async () => {
    await openServer();
    await importYearlyFilesByCli();
  });
  afterAll(closeServer);

  it('import by the command line, deaths then births, as yearly values', async () => {
    const { deaths: deathsOutput, births: birthsOutput } = cliOutputs;
    const deaths = { stdout: deathsOutput };
    expect(deaths.stdout).toMatch(
      /Sem município: 1 linha \(3 registros\), que não entram em nenhum território\./,
    );
    expect(deaths.stdout).toMatch(/Ausentes do arquivo: \d+ municípios de Mato Grosso, que entram com 0/);
    expect(deaths.stdout).toMatch(/Importação aplicada\./);
    expect(birthsOutput).toMatch(/Importação aplicada\./);
    // One value per município and year, held as the whole year.
    const stored = await server.db('data_values').where({ indicator_code: '731' }).distinct('period');
    expect(stored.map((row: { period: string }) => row.period).sort()).toEqual(['2021', '2022']);
  });

  it('gives every região, macro and the state deaths ÷ births × 1.000 summed by hand', async () => {
    const deaths = rowsOf(DEATHS);
    const births = rowsOf(BIRTHS);
    let checked = 0;
    for (const [column, year] of [2021, 2022].entries()) {
      for (const level of ['state', 'macro', 'region'] as const) {
        const { body } = await getJson<FigureRow[]>(
          server,
          `/api/v1/indicators/731/values?level=${level}&year=${year}`,
        );
        for (const figure of body) {
          const inside = (unit: TerritoryRow) =>
            level === 'state' ||
            (level === 'macro'
              ? unit.macroCode === figure.territoryCode
              : unit.regionCode === figure.territoryCode);
          const numerator = sumFor(deaths, column, inside);
          const denominator = sumFor(births, column, inside);
          const where = `${level} ${figure.territoryCode} ${year}`;
          expect(figure.numerator, where).toBe(numerator);
          expect(figure.denominator, where).toBe(denominator);
          expect(figure.value, where).toBeCloseTo((numerator / denominator) * 1000, 10);
          checked += 1;
        }
      }
    }
    // 1 state + 6 macros + 16 regiões, two years.
    expect(checked).toBe(2 * (1 + 6 + 16));
    // The unidentified row (2 deaths in 2021) is in the file's Total, not in the state.
    const { body } = await getJson<FigureRow[]>(server, '/api/v1/indicators/731/values?year=2021');
    const fileTotal = [...rowsOf(DEATHS).values()].reduce((sum, numbers) => sum + (numbers[0] ?? 0), 0);
    expect(body[0]?.numerator).toBe(fileTotal);
  });

  it('applying the same file again changes nothing', async () => {
    const before = await databaseSnapshot(server.db);
    const again = await importTabnet({ name: DEATHS }, { apply: true });
    expect(again.job?.report?.samples).toEqual([]);
    expect(again.job?.report).toMatchObject({ toCreate: 0, toUpdate: 0, problemCount: 0 });
    expect(await databaseSnapshot(server.db)).toBe(before);
  });
});

describe('a month-columns download with the year in the title', () => {
  beforeEach(openServer);
  afterEach(closeServer);
  it('reads Jan … Dez of the `Período:` year, counts the unidentified row apart and fills absent municípios with 0', async () => {
    const preview = await importTabnet({ name: MONTHLY_DEATHS }, { apply: false });
    const report = preview.job?.report;
    expect(report?.problemCount).toBe(0);
    expect(report?.unidentified).toEqual({ rows: 1, total: 1 });
    const rows = rowsOf(MONTHLY_DEATHS);
    const absent = territories.filter(
      (unit) =>
        unit.level === 'municipality' && unit.installedYear === null && !rows.has(unit.code.slice(0, 6)),
    );
    expect(report?.zeroFilled).toBe(absent.length);
    expect(report?.toCreate).toBe(12 * (rows.size + absent.length));

    await importMonthlyDeaths();
    const [code, numbers] = [...rows][0] as [string, number[]];
    const stored = await server
      .db('data_values')
      .where({ indicator_code: '731', year: 2023 })
      .andWhere('territory_code', 'like', `${code}%`)
      .orderBy('period')
      .select('period', 'numerator');
    expect(stored.map((row: { period: string }) => row.period)).toEqual(
      Array.from({ length: 12 }, (_, index) => `2023-${String(index + 1).padStart(2, '0')}`),
    );
    expect(stored.map((row: { numerator: number }) => row.numerator)).toEqual(numbers);
  });
});

describe('files that are refused, leaving the database as it was', () => {
  beforeEach(openServer);
  afterEach(closeServer);
  const tabnet = (text: string) =>
    new Uint8Array(iconv.encode(`${text.split('\n').join('\r\n')}\r\n`, 'latin1'));
  const refuse = async (file: { name: string; bytes?: Uint8Array }, half = 'numerador') => {
    const before = await databaseSnapshot(server.db);
    const result = await importTabnet(file, { half, apply: true });
    expect(result.job?.report?.isApplied).toBe(false);
    expect(await databaseSnapshot(server.db)).toBe(before);
    return result.job?.report?.problems.map(describeProblem) ?? [];
  };

  it('a Total line that does not add up, with both numbers', async () => {
    const messages = await refuse({ name: 'quebrado-tabnet-total-errado.csv' });
    const total = [...rowsOf(DEATHS).values()].reduce((sum, numbers) => sum + (numbers[0] ?? 0), 0) + 2;
    expect(messages).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Linha \\d+, coluna 2021: a linha Total diz ${(total + 1).toLocaleString('pt-BR')}, mas as linhas do arquivo somam ${total.toLocaleString('pt-BR')}: o arquivo está incompleto ou foi alterado\\.`,
        ),
      ),
    ]);
  });

  it('a year in progress or a month that has not begun', async () => {
    const header = '"Município";"2025";"2026";"Total"';
    expect(
      await refuse({
        name: 'ano-em-curso.csv',
        bytes: tabnet(
          ['Período: 2025-2026', header, '"510340 CUIABA";100;90;190', '"Total";100;90;190'].join('\n'),
        ),
      }),
    ).toEqual([
      'Linha 3, coluna 2026: o ano 2026 ainda não terminou: no ano em curso este indicador é informado por mês (AAAA-MM); o valor do ano inteiro (AAAA) só vale para anos encerrados.',
    ]);
    expect(
      await refuse({
        name: 'mes-futuro.csv',
        bytes: tabnet(
          [
            'Período: Nov/2026-Dez/2026',
            '"Município";"2026/Nov";"2026/Dez";"Total"',
            '"510340 CUIABA";5;6;11',
            '"Total";5;6;11',
          ].join('\n'),
        ),
      }),
    ).toEqual([
      'Linha 3, coluna 2026/Dez: o período dez/2026 ainda não começou: só se registram valores até nov/2026, o mês em curso.',
    ]);
  });

  it('a year column that the title does not cover', async () => {
    const messages = await refuse({
      name: 'titulo-outro-ano.csv',
      bytes: tabnet(
        ['Período: 2023', '"Município";"2021";"Total"', '"510340 CUIABA";100;100', '"Total";100;100'].join(
          '\n',
        ),
      ),
    });
    expect(messages).toEqual([
      'Linha 2, coluna 2021: a coluna é de 2021, mas o título do arquivo diz "Período: 2023": confira se é o arquivo certo.',
    ]);
  });

  it('a cut of the state without a selection line, which would put zeros over months already stored', async () => {
    await importMonthlyDeaths();
    const [first, second] = [...rowsOf(MONTHLY_DEATHS)].filter(([, numbers]) => numbers.some((n) => n > 0));
    const messages = await refuse({
      name: 'dois-municipios-2023.csv',
      bytes: tabnet(
        ['Período: 2023', '"Município";"2023";"Total"', `"${first?.[0]} A";9;9`, '"Total";9;9'].join('\n'),
      ),
    });
    const name = territories.find((unit) => unit.code.startsWith(second?.[0] ?? '-'))?.name ?? '';
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^O arquivo parece ser só uma parte do estado: não traz municípios que já têm numerador gravado, como /,
    );
    expect(messages[0]).toContain(name);
  });

  it('an unknown município', async () => {
    const messages = await refuse({
      name: 'outro-estado.csv',
      bytes: tabnet(
        ['Período: 2021', '"Município";"2021";"Total"', '"355030 SAO PAULO";100;100', '"Total";100;100'].join(
          '\n',
        ),
      ),
    });
    expect(messages).toEqual(['Linha 3, coluna ibge: o município 355030 não existe em Mato Grosso.']);
  });

  it('a yearly half for a year whose other half is held by month', async () => {
    // 2023 deaths come by month; births of 2023 as one yearly value would never pair with them.
    await importMonthlyDeaths();
    const [code] = [...rowsOf(MONTHLY_DEATHS).keys()] as [string];
    const name = territories.find((unit) => unit.code.startsWith(code))?.name;
    const messages = await refuse(
      {
        name: 'nascidos-2023-ano.csv',
        bytes: tabnet(
          ['Período: 2023', '"Município";"2023";"Total"', `"${code} X";500;500`, '"Total";500;500'].join(
            '\n',
          ),
        ),
      },
      'denominador',
    );
    expect(messages).toContain(
      `Linha 3, coluna 2023: ${name}: o denominador de 2023 viria como valor do ano inteiro, mas o numerador desse ano está guardado por mês: as duas metades de um ano vêm da mesma forma (as duas anuais ou as duas mensais).`,
    );
  });
});
