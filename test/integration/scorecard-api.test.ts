/**
 * GET /api/v1/scorecard (issue 14): every indicator × every territory of a level in one year, the
 * same figures as the page's scorecard and as each indicator's values API.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listIndicators } from '../../server/db/repositories/plan-repository.ts';
import { listTerritories } from '../../server/db/repositories/territory-repository.ts';
import { getJson, logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

type Row = {
  indicatorCode: string;
  territoryCode: string;
  level: string;
  year: number;
  value: number | null;
};

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ seedExampleData: true });
});

afterAll(async () => {
  await server.stop();
});

describe('GET /api/v1/scorecard', () => {
  it('gives the state row of every indicator, equal to the page’s scorecard', async () => {
    const { status, body } = await getJson<Row[]>(server, '/api/v1/scorecard?year=2025');
    expect(status).toBe(200);
    const page = await trpcAs(server.url, server.adminCookie).scorecard.state.query({ year: 2025 });
    const pageRows = page.groups.flatMap((group) => group.rows);
    expect(body.map((row) => row.indicatorCode)).toEqual(pageRows.map((row) => row.code));
    for (const row of pageRows) {
      const apiRow = body.find((item) => item.indicatorCode === row.code);
      expect(apiRow, row.code).toMatchObject({
        territoryCode: row.figure.territoryCode,
        year: 2025,
        value: row.figure.value,
        level: 'state',
      });
    }
  });

  it('gives each indicator held by macro once per macro, equal to its values API', async () => {
    const { body } = await getJson<(Row & Record<string, unknown>)[]>(
      server,
      '/api/v1/scorecard?year=2025&level=macro',
    );
    const indicators = await listIndicators(server.db);
    const byMacro = indicators.filter((indicator) => indicator.dataLevel !== 'state');
    expect(new Set(body.map((row) => row.indicatorCode))).toEqual(
      new Set(byMacro.map((indicator) => indicator.code)),
    );
    expect(body).toHaveLength(byMacro.length * 6);
    for (const indicator of byMacro) {
      const values = await getJson<Record<string, unknown>[]>(
        server,
        `/api/v1/indicators/${indicator.code}/values?level=macro&year=2025`,
      );
      const rows = body.filter((row) => row.indicatorCode === indicator.code);
      expect(
        rows.map(({ indicatorCode: _, ...row }) => row),
        indicator.code,
      ).toEqual(values.body);
    }
  });

  it('keeps the regiões inside one macro, and a gestor regional’s own territories', async () => {
    const regionsOfNorte = (await listTerritories(server.db))
      .filter((territory) => territory.level === 'region' && territory.macroCode === '5103')
      .map((territory) => territory.code)
      .sort();
    const { body } = await getJson<Row[]>(server, '/api/v1/scorecard?year=2025&level=region&territory=5103');
    expect([...new Set(body.map((row) => row.territoryCode))].sort()).toEqual(regionsOfNorte);
    const norte = await logInAs(server, 'norte');
    const own = await getJson<Row[]>(server, '/api/v1/scorecard?year=2025&level=macro', { cookie: norte });
    expect([...new Set(own.body.map((row) => row.territoryCode))]).toEqual(['5103']);
  });

  it('downloads CSV with the indicator and its unit on every row', async () => {
    const response = await fetch(`${server.url}/api/v1/scorecard?year=2025&level=macro&format=csv`, {
      headers: { cookie: server.adminCookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('painel-macrorregioes-2025.csv');
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(
      /^Indicador;Nome do indicador;Código;Território;Ano;Numerador;Denominador;Valor;Unidade;/,
    );
    const indicator713 = lines.find((line) => line.startsWith('713;') && line.includes(';5103;'));
    expect(indicator713).toBeDefined();
  });

  it('refuses a bad question in Portuguese', async () => {
    const noYear = await getJson<{ error: string }>(server, '/api/v1/scorecard');
    expect(noYear.status).toBe(400);
    expect(noYear.body.error).toMatch(/^O ano deve ser um número de 4 dígitos/);
    const badLevel = await getJson<{ error: string }>(server, '/api/v1/scorecard?year=2025&level=bairro');
    expect(badLevel.status).toBe(400);
    expect(badLevel.body.error).toContain('Nível "bairro" desconhecido');
    const unknown = await getJson<{ error: string }>(
      server,
      '/api/v1/scorecard?year=2025&level=region&territory=5199',
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toBe('Território "5199" não encontrado.');
  });
});

describe('GET /api/v1/matrix', () => {
  it('gives what the matriz shows: each indicator in Mato Grosso, then in the regiões of the macro', async () => {
    const [state, regions, matrix] = await Promise.all([
      getJson<Row[]>(server, '/api/v1/scorecard?year=2025'),
      getJson<Row[]>(server, '/api/v1/scorecard?year=2025&level=region&territory=5103'),
      getJson<Row[]>(server, '/api/v1/matrix?year=2025&level=region&territory=5103'),
    ]);
    expect(matrix.status).toBe(200);
    expect(matrix.body).toEqual(
      state.body.flatMap((stateRow) => [
        stateRow,
        ...regions.body.filter((row) => row.indicatorCode === stateRow.indicatorCode),
      ]),
    );
  });

  it('names the file after the matriz, its level, the territory and the year', async () => {
    const csv = await fetch(`${server.url}/api/v1/matrix?year=2025&level=regiao&territory=5103&format=csv`, {
      headers: { cookie: server.adminCookie },
    });
    expect(csv.headers.get('content-disposition')).toContain('matriz-regioes-5103-2025.csv');
    const lines = (await csv.text()).trim().split(/\r?\n/);
    expect(lines.find((line) => line.startsWith('713;') && line.includes(';51;Mato Grosso;'))).toBeDefined();
    const xlsx = await fetch(`${server.url}/api/v1/matrix?year=2025&format=xlsx`, {
      headers: { cookie: server.adminCookie },
    });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toContain('matriz-macrorregioes-2025.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Matriz 2025']);
  });

  it('refuses the state as the matriz’s level', async () => {
    const { status, body } = await getJson<{ error: string }>(server, '/api/v1/matrix?year=2025&level=state');
    expect(status).toBe(400);
    expect(body.error).toContain('A matriz compara territórios: use level=macro, region ou municipality.');
  });
});
