/**
 * A município asked by its DATASUS 6-digit código (510340, as TabNet writes Cuiabá) is the same
 * município as by IBGE's 7 digits (5103403), through the read API and through tRPC (issue 16).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ seedExampleData: true });
});

afterAll(async () => {
  await server.stop();
});

describe('6-digit município códigos', () => {
  it('the read API answers for the município, as for its 7-digit código', async () => {
    // Cuiabá has no município inside it: the answer names it, so the code was resolved.
    const six = await getJson<{ error: string }>(
      server,
      '/api/v1/scorecard?year=2025&level=municipio&territory=510340',
    );
    const seven = await getJson<{ error: string }>(
      server,
      '/api/v1/scorecard?year=2025&level=municipio&territory=5103403',
    );
    expect(six).toEqual(seven);
    expect(six.body.error).toMatch(/Dentro de Cuiabá não há município/);
  });

  it('tRPC reads the territory page and an indicator’s series by either código', async () => {
    const client = trpcAs(server.url, server.adminCookie);
    const bySix = await client.territory.view.query({ code: '510340', year: 2025 });
    expect(bySix.territory).toMatchObject({ code: '5103403', name: 'Cuiabá' });
    expect(bySix).toEqual(await client.territory.view.query({ code: '5103403', year: 2025 }));
    const series = await client.indicator.series.query({ code: '713', territoryCode: '510340' });
    expect(series.length).toBeGreaterThan(0);
    expect(series.every((figure) => figure.territoryCode === '5103403')).toBe(true);
  });
});

describe("the territory page in the Painel's order", () => {
  it('lists the indicators under the same objectives, in the same order, as the Painel', async () => {
    const client = trpcAs(server.url, server.adminCookie);
    const painel = await client.scorecard.state.query({ year: 2025 });
    const painelOrder = painel.groups.map((group) => [
      group.objective.name,
      group.rows.map((row) => row.code),
    ]);
    // PBF (an RS indicator) comes after objective 4's in plano.json: the Painel lists it under RS.
    expect(painelOrder[0]?.[1]).toContain('PBF');
    const state = await client.territory.view.query({ code: '51', year: 2025 });
    expect(
      state.groups.map((group) => [group.objective.name, group.rows.map((row) => row.indicator.code)]),
    ).toEqual(painelOrder);
    // A município holds fewer indicators (not the macro ones), in the same relative order.
    const cuiaba = await client.territory.view.query({ code: '5103403', year: 2025 });
    const cuiabaCodes = cuiaba.groups.flatMap((group) => group.rows.map((row) => row.indicator.code));
    expect(cuiabaCodes.length).toBeGreaterThan(0);
    const painelCodes = painel.groups.flatMap((group) => group.rows.map((row) => row.code));
    expect(cuiabaCodes).toEqual(painelCodes.filter((code) => cuiabaCodes.includes(code)));
  });
});
