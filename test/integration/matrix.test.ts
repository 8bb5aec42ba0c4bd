/**
 * The indicator × territory matrix (issue 15): every cell is the indicator's own figure for that
 * territory, the page and GET /api/v1/scorecard say the same, and a gestor regional gets only
 * their own columns.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ seedExampleData: true });
});

afterAll(async () => {
  await server.stop();
});

const QUESTIONS = [
  { level: 'macro', territoryCode: undefined },
  { level: 'region', territoryCode: '5103' },
  { level: 'municipality', territoryCode: '51001' },
] as const;

describe('the matrix', () => {
  it("has in each cell the indicator's own figure for that territory, at every level", async () => {
    const admin = trpcAs(server.url, server.adminCookie);
    for (const question of QUESTIONS) {
      const cells = await admin.scorecard.level.query({ year: 2025, ...question });
      expect(cells.length, question.level).toBeGreaterThan(0);
      const codes = [...new Set(cells.map((cell) => cell.indicatorCode))];
      for (const code of codes) {
        const own = await admin.indicator.figures.query({ code, level: question.level, year: 2025 });
        for (const cell of cells.filter((item) => item.indicatorCode === code)) {
          expect(
            own.find((figure) => figure.territoryCode === cell.figure.territoryCode),
            `${code} ${cell.figure.territoryCode}`,
          ).toEqual(cell.figure);
        }
      }
    }
  });

  it('says what GET /api/v1/scorecard says for the same question', async () => {
    const admin = trpcAs(server.url, server.adminCookie);
    const cells = await admin.scorecard.level.query({ year: 2025, level: 'region', territoryCode: '5103' });
    const api = await getJson<{ indicatorCode: string; territoryCode: string; value: number | null }[]>(
      server,
      '/api/v1/scorecard?year=2025&level=region&territory=5103',
    );
    expect(api.body.map((row) => [row.indicatorCode, row.territoryCode, row.value])).toEqual(
      cells.map((cell) => [cell.indicatorCode, cell.figure.territoryCode, cell.figure.value]),
    );
  });

  it("gives a gestor regional only their own macro's columns", async () => {
    const norte = trpcAs(server.url, await logInAs(server, 'norte'));
    const macros = await norte.scorecard.level.query({ year: 2025, level: 'macro' });
    expect([...new Set(macros.map((cell) => cell.figure.territoryCode))]).toEqual(['5103']);
    await expect(
      norte.scorecard.level.query({ year: 2025, level: 'region', territoryCode: '5101' }),
    ).rejects.toThrow('Seu acesso não inclui Macrorregião Sul: você lê o estado e o seu território.');
    const ownRegions = await norte.scorecard.level.query({
      year: 2025,
      level: 'region',
      territoryCode: '5103',
    });
    expect(ownRegions.length).toBeGreaterThan(0);
  });

  it('refuses a bad question in Portuguese, and whoever is not signed in', async () => {
    const admin = trpcAs(server.url, server.adminCookie);
    await expect(admin.scorecard.level.query({ year: 2025, level: 'bairro' as 'macro' })).rejects.toThrow(
      /Nível da matriz desconhecido/,
    );
    await expect(
      admin.scorecard.level.query({ year: 2025, level: 'region', territoryCode: '5199' }),
    ).rejects.toThrow('Território "5199" não encontrado.');
    await expect(
      trpcAs(server.url, '').scorecard.level.query({ year: 2025, level: 'macro' }),
    ).rejects.toThrow(/sessão/);
    // Inside a territory means further down: not the regiões of a município.
    await expect(
      admin.scorecard.level.query({ year: 2025, level: 'region', territoryCode: '5103403' }),
    ).rejects.toThrow('Dentro de Cuiabá não há região de saúde: escolha um território de nível acima.');
  });
});
