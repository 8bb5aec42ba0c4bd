/**
 * The indicator page's table of municípios, paged, searched and sorted on the server (issue 14), and
 * its files "as shown": through the real HTTP server on the example data. Every expectation is
 * derived from the database or from the API's own figures, not written down.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MUNICIPALITY_PAGE_SIZE } from '../../shared/municipality-rows.ts';
import { FROZEN_NOW, logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

const YEAR = FROZEN_NOW.getUTCFullYear() - 1;
const NORTE_MACRO = '5103';
const collator = new Intl.Collator('pt-BR');

let server: TestServer;
let superintendence: ReturnType<typeof trpcAs>;
let superintendenceCookie: string;
let municipalities: { code: string; name: string; region_code: string; macro_code: string }[];
let regionNames: Map<string, string>;

beforeAll(async () => {
  server = await startTestServer({ seedExampleData: true });
  superintendenceCookie = await logInAs(server, 'superintendencia');
  superintendence = trpcAs(server.url, superintendenceCookie);
  municipalities = await server
    .db('territories')
    .where({ level: 'municipality' })
    .select('code', 'name', 'region_code', 'macro_code');
  const regions: { code: string; name: string }[] = await server
    .db('territories')
    .where({ level: 'region' })
    .select('code', 'name');
  regionNames = new Map(regions.map((region) => [region.code, region.name]));
});

afterAll(async () => {
  await server.stop();
});

async function download(pathname: string, cookie = superintendenceCookie) {
  const response = await fetch(`${server.url}${pathname}`, { headers: { cookie } });
  return { response, text: (await response.text()).replace(/^\uFEFF/, '') };
}

describe('indicator.municipalities', () => {
  it('gives one page of 25 in Portuguese name order, with how many there are', async () => {
    const first = await superintendence.indicator.municipalities.query({ code: '713', year: YEAR });
    const names = municipalities.map((municipality) => municipality.name).sort(collator.compare);
    expect(first.total).toBe(municipalities.length);
    expect(first.matching).toBe(municipalities.length);
    expect(first.pageSize).toBe(MUNICIPALITY_PAGE_SIZE);
    expect(first.rows.map((row) => row.name)).toEqual(names.slice(0, 25));
    const last = await superintendence.indicator.municipalities.query({ code: '713', year: YEAR, page: 6 });
    expect(last.rows.map((row) => row.name)).toEqual(names.slice(125));
    // Each row carries its região, as the territory list names it.
    const byCode = new Map(municipalities.map((municipality) => [municipality.code, municipality]));
    for (const row of first.rows)
      expect(row.regionName).toBe(regionNames.get(byCode.get(row.code)?.region_code ?? ''));
  });

  it('sorts by value over every município, not only the page, with the figures the API gives', async () => {
    const response = await fetch(
      `${server.url}/api/v1/indicators/713/values?level=municipality&year=${YEAR}`,
      { headers: { cookie: superintendenceCookie } },
    );
    const figures: { territoryCode: string; value: number | null }[] = await response.json();
    const values = figures.map((figure) => figure.value).filter((value) => value !== null);
    const page = await superintendence.indicator.municipalities.query({
      code: '713',
      year: YEAR,
      sort: 'value',
      direction: 'desc',
    });
    expect(page.rows[0]?.value).toBe(Math.max(...values));
    const shown = page.rows.map((row) => row.value as number);
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    const byCode = new Map(figures.map((figure) => [figure.territoryCode, figure.value]));
    for (const row of page.rows) expect(row.value).toBe(byCode.get(row.code));
  });

  it('finds a name without accents, and a page past the end gives the last one', async () => {
    const found = await superintendence.indicator.municipalities.query({
      code: '713',
      year: YEAR,
      search: '  cuiaba ',
      page: 4,
    });
    expect(found.rows.map((row) => row.name)).toEqual(['Cuiabá']);
    expect(found).toMatchObject({ matching: 1, total: municipalities.length, page: 1 });
    const none = await superintendence.indicator.municipalities.query({
      code: '713',
      year: YEAR,
      search: 'xyz',
    });
    expect(none).toMatchObject({ rows: [], matching: 0, page: 1 });
  });

  it('gives a gestor regional only the municípios of their macro', async () => {
    const norte = trpcAs(server.url, await logInAs(server, 'norte'));
    const page = await norte.indicator.municipalities.query({ code: '713', year: YEAR });
    const inNorte = municipalities.filter((municipality) => municipality.macro_code === NORTE_MACRO);
    expect(page.total).toBe(inNorte.length);
    const codes = new Set(inNorte.map((municipality) => municipality.code));
    expect(page.rows.every((row) => codes.has(row.code))).toBe(true);
  });

  it('refuses a column it does not know, in Portuguese', async () => {
    await expect(
      superintendence.indicator.municipalities.query({
        code: '713',
        year: YEAR,
        sort: 'populacao' as 'name',
      }),
    ).rejects.toThrow(/Coluna de ordenação desconhecida/);
  });
});

describe('GET /api/v1/indicators/{code}/municipalities', () => {
  it('writes every row the table finds, in its order, with the região', async () => {
    const query = { code: '713', year: YEAR, search: 'a', sort: 'value', direction: 'asc' } as const;
    const shown = [];
    for (let page = 1; ; page += 1) {
      const answer = await superintendence.indicator.municipalities.query({ ...query, page });
      shown.push(...answer.rows);
      if (page * answer.pageSize >= answer.matching) break;
    }
    expect(shown.length).toBeGreaterThan(50);
    const { response, text } = await download(
      `/api/v1/indicators/713/municipalities?year=${YEAR}&search=a&sort=value&direction=asc&format=csv`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(
      `indicador-713-municipios-${YEAR}-filtrado.csv`,
    );
    const [header, ...lines] = text.trim().split(/\r?\n/);
    expect(header?.split(';').slice(0, 4)).toEqual(['Código', 'Município', 'Região de saúde', 'Ano']);
    expect(lines.map((line) => line.split(';').slice(0, 3))).toEqual(
      shown.map((row) => [row.code, row.name, row.regionName]),
    );
  });

  it('keeps the reader’s scope in the file', async () => {
    const { text } = await download(
      `/api/v1/indicators/713/municipalities?year=${YEAR}&format=csv`,
      await logInAs(server, 'norte'),
    );
    const inNorte = municipalities.filter((municipality) => municipality.macro_code === NORTE_MACRO);
    expect(text.trim().split(/\r?\n/)).toHaveLength(inNorte.length + 1);
  });

  it('answers a bad order or format with a Portuguese message', async () => {
    const sort = await download(`/api/v1/indicators/713/municipalities?year=${YEAR}&sort=populacao`);
    expect(sort.response.status).toBe(400);
    expect(JSON.parse(sort.text).error).toMatch(/Coluna de ordenação desconhecida/);
    const format = await download(`/api/v1/indicators/713/municipalities?year=${YEAR}&format=pdf`);
    expect(format.response.status).toBe(400);
    expect(JSON.parse(format.text).error).toMatch(/Formato desconhecido/);
  });
});
