/**
 * A manager opens the map of ICSAPS by macrorregião, sees the six macros and the 141 municípios,
 * reads a macro with the keyboard and opens it, prints its one-page regional brief; a gestor regional
 * sees only their macro in colour.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIR } from '../../server/app.ts';
import { compareText } from '../../shared/text.ts';
import { assertClientBuilt, launchBrowser, openPage, signedInPage } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

// The first render and navigation can take a few seconds on a loaded 2-core CI machine.
const POLL = { timeout: 15_000 };
const MACRO_CODES = ['5101', '5102', '5103', '5104', '5105', '5106'];
const MAP_AREA = '[data-testid="map-card"] .map__link';
const STATUS_TEXT = '(Meta atingida|Em risco|Meta não atingida|Número pequeno)';

let server: TestServer;
let browser: Browser;
const pageProblems: string[] = [];

beforeAll(async () => {
  assertClientBuilt(CLIENT_DIR);
  server = await startTestServer({ seedExampleData: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const openAs = (username: string, path: string) =>
  signedInPage(browser, { baseUrl: server.url, username, path, pageProblems });

const territoryCodes = (page: Page) =>
  page.locator(MAP_AREA).evaluateAll((areas) => areas.map((area) => area.getAttribute('data-territory')));

describe('mapa', () => {
  it('serves the município polygons behind the login, for the browser to keep', async () => {
    const anonymous = await fetch(`${server.url}/api/v1/boundaries`);
    expect(anonymous.status).toBe(401);
    const first = await fetch(`${server.url}/api/v1/boundaries`, { headers: { cookie: server.adminCookie } });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('private, max-age=86400');
    const topology = (await first.json()) as {
      type: string;
      objects: { municipios: { geometries: unknown[] } };
    };
    expect(topology.type).toBe('Topology');
    expect(topology.objects.municipios.geometries).toHaveLength(141);
    const again = await fetch(`${server.url}/api/v1/boundaries`, {
      // As a browser revalidates its copy (fetch would otherwise add "no-cache" to a conditional request).
      headers: {
        cookie: server.adminCookie,
        'if-none-match': first.headers.get('etag') ?? '',
        'cache-control': 'max-age=0',
      },
    });
    expect(again.status).toBe(304);
  });

  it('opens another territory from its picker: its own areas, the reader still on the picker', async () => {
    const page = await openAs('superintendencia', '/mapa?indicador=713&ano=2025');
    await expect.poll(() => page.locator(MAP_AREA).count(), POLL).toBe(6);
    const picker = page.locator('.map-controls').getByLabel('Território', { exact: true });
    // The state, then the macros and the regiões, each group by name.
    const groups = await picker.evaluate((select) =>
      [...select.querySelectorAll('optgroup')].map((group) => ({
        label: group.label,
        options: [...group.querySelectorAll('option')].map((option) => option.textContent ?? ''),
      })),
    );
    expect(groups.map(({ label, options }) => [label, options.length])).toEqual([
      ['Macrorregiões', 6],
      ['Regiões de saúde', 16],
    ]);
    for (const { options } of groups) expect(options).toEqual([...options].sort(compareText));
    expect(await picker.locator('option').first().innerText()).toBe('Mato Grosso');
    await picker.focus();
    await picker.selectOption('5103');
    await page.waitForURL(/territorio=5103/);
    await expect.poll(() => page.locator('h1').innerText(), POLL).toBe('Mapa da Macrorregião Norte — 2025');
    // The macro's regiões, drawn zoomed in; nothing of another macro.
    const norteRegions = (await trpcAs(server.url, server.adminCookie).territory.tree.query())
      .filter((place) => place.level === 'region' && place.macroCode === '5103')
      .map((place) => place.code)
      .sort();
    expect(norteRegions.length).toBeGreaterThan(1);
    await expect.poll(async () => (await territoryCodes(page)).sort(), POLL).toEqual(norteRegions);
    expect(await picker.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(pageProblems).toEqual([]);
  });

  it('says an address names no territory of the map, and its picker opens the state from there', async () => {
    const page = await openAs('superintendencia', '/mapa?indicador=713&ano=2025&territorio=abc');
    const card = page.locator('main');
    await expect.poll(() => card.innerText(), POLL).toContain('Território fora do mapa');
    expect(await page.locator('h1').innerText()).toBe('Mapa — 2025');
    const picker = page.locator('.map-controls').getByLabel('Território', { exact: true });
    expect(await picker.locator('option:checked').innerText()).toBe('Escolha um território');
    await picker.selectOption('51');
    await expect.poll(() => page.locator(MAP_AREA).count(), POLL).toBe(6);
    expect(await page.locator('h1').innerText()).toBe('Mapa de Mato Grosso — 2025');
    expect(pageProblems).toEqual([]);
  });

  it('draws the six macros and the 141 municípios, reads a macro by keyboard and opens it', async () => {
    const page = await openAs('superintendencia', '/mapa?indicador=713&nivel=macro&ano=2025');
    await expect.poll(() => page.locator(MAP_AREA).count(), POLL).toBe(6);
    expect((await territoryCodes(page)).sort()).toEqual(MACRO_CODES);
    expect(await page.locator('h2').first().innerText()).toMatch(/ICSAPS.*por macrorregião — 2025/);
    expect(await page.getByText('Dados de exemplo').first().isVisible()).toBe(true);
    expect(await page.locator('[data-testid="map-card"]').innerText()).toContain(
      'Boa Esperança do Norte (instalado em 2025) ainda não tem polígono na malha usada; seus valores entram na região e na macrorregião.',
    );
    // Coloured with the status badge colours: every macro has a status class.
    const fills = await page
      .locator(`${MAP_AREA} path`)
      .evaluateAll((paths) => paths.map((path) => path.getAttribute('class')));
    for (const fill of fills) expect(fill).toMatch(/map-fill--(achieved|at_risk|not_achieved|small_number)/);

    // Keyboard: from the last control, Tab reaches the macros in alphabetical order.
    await page.getByRole('radio', { name: 'Situação' }).focus();
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() => ({
        code: document.activeElement?.getAttribute('data-territory') ?? null,
        label: document.activeElement?.getAttribute('aria-label') ?? null,
      }));
    expect((await focused()).code).toBe('5106');
    await page.keyboard.press('Tab');
    const centroNorte = await focused();
    expect(centroNorte.code).toBe('5105');
    expect(centroNorte.label).toMatch(
      new RegExp(`^Macrorregião Centro-Norte \\(Baixada Cuiabana\\): \\d+,\\d{2} % — ${STATUS_TEXT}$`),
    );
    const readout = page.locator('[data-testid="map-readout"]');
    await expect
      .poll(() => readout.innerText(), POLL)
      .toContain('Macrorregião Centro-Norte (Baixada Cuiabana)');
    expect(await readout.innerText()).toMatch(/Meta: 19,00 %/);
    expect(await page.locator('[data-testid="map-focus"]').count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/territorio\/5105\?ano=2025$/);
    await expect.poll(() => page.locator('h1').innerText(), POLL).toMatch(/Baixada Cuiabana/);

    // Back on the map, a click opens a macro too.
    await page.goBack();
    await expect.poll(() => page.locator(MAP_AREA).count(), POLL).toBe(6);
    await page.locator(`${MAP_AREA}[data-territory="5103"]`).click();
    await page.waitForURL(/\/territorio\/5103\?ano=2025$/);
    await expect.poll(() => page.locator('h1').innerText(), POLL).toMatch(/Macrorregião Norte/);

    // From its page, the macro's one-page brief prints on A4.
    await page.getByRole('link', { name: 'Resumo regional para imprimir' }).click();
    await page.waitForURL(/\/territorio\/5103\/resumo\?ano=2025$/);
    const brief = page.getByRole('article', { name: 'Resumo regional de Macrorregião Norte' });
    await expect.poll(() => brief.innerText(), POLL).toContain('Resumo regional — Macrorregião Norte — 2025');
    const briefText = await brief.innerText();
    for (const heading of [
      '1. Indicadores',
      '2. Planificação',
      '3. Ações do plano',
      '4. Deliberações',
      '5. O que mudou',
    ]) {
      expect(briefText).toContain(heading);
    }
    expect(briefText).toMatch(/municípios em adesão/);
    // The three furthest from their target lead the table.
    const firstRows = await brief
      .locator('tbody tr')
      .evaluateAll((rows) => rows.slice(0, 4).map((row) => row.classList.contains('brief__worst')));
    expect(firstRows[0]).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('toolbar', { name: 'Resumo regional' }).isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.toString('latin1')).toMatch(/MediaBox \[0 0 595(\.\d+)? 842(\.\d+)?\]/);
    // One sheet: the page tree counts a single page.
    expect(pdf.toString('latin1').match(/\/Type \/Pages[^>]*\/Count (\d+)/)?.[1]).toBe('1');
    await page.emulateMedia({ media: 'screen' });
    await page.goBack();
    await page.waitForURL(/\/territorio\/5103\?ano=2025$/);

    // The same map by município: one link per polygon of the boundary file.
    await openPage(page, `${server.url}/mapa?indicador=713&nivel=municipio&ano=2025`);
    await expect.poll(() => page.locator(MAP_AREA).count(), POLL).toBe(141);
    expect(await page.locator('.map__outside').count()).toBe(0);
    // Every município has its figure in the table under the map, Boa Esperança do Norte included.
    await page.getByText('Ver os valores do mapa em tabela').click();
    expect(await page.locator('.map-table tbody tr').count()).toBe(142);
    // The target's unit is said once, in its column's heading.
    expect(await page.locator('.map-table thead').textContent()).toContain('Meta (%)');

    // By value: five classes and which end is worse.
    await page.getByRole('radio', { name: 'Valor' }).click();
    await page.waitForURL(/cor=valor/);
    const legend = page.getByRole('region', { name: 'Legenda do mapa' });
    await expect.poll(() => legend.innerText(), POLL).toContain('Quanto menor, melhor');
    expect(await page.locator('.map-legend .map-fill--shade-4').count()).toBe(1);
    expect(await page.locator('.map-legend [class*="map-fill--shade-"]').count()).toBe(5);

    // A goal recorded by macro has nothing to draw by município: the page says so.
    await openPage(page, `${server.url}/mapa?indicador=PLAN-PROF&nivel=municipio&ano=2025`);
    await expect
      .poll(() => page.locator('[data-testid="map-card"]').innerText(), POLL)
      .toContain('Este indicador é registrado por macrorregião: não há valores por município.');
    expect(await page.locator(MAP_AREA).count()).toBe(0);
    await page.close();
  });

  it('shows a gestor regional their macro in colour and the rest of the state in grey around it', async () => {
    const page = await openAs('norte', '/mapa?indicador=713&nivel=macro&ano=2025');
    await expect.poll(() => page.locator(MAP_AREA).count(), POLL).toBe(1);
    expect(await territoryCodes(page)).toEqual(['5103']);
    expect(await page.locator('.map__outside').count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Legenda do mapa' }).innerText()).toContain(
      'Fora da Macrorregião Norte',
    );
    await openPage(page, `${server.url}/mapa?indicador=713&nivel=municipio&ano=2025`);
    // Norte: 36 municípios, one of them (Boa Esperança do Norte) without a polygon.
    await expect.poll(() => page.locator(MAP_AREA).count(), POLL).toBe(35);
    expect(await page.locator('.map__outside').count()).toBe(1);
    await page.close();
    expect(pageProblems).toEqual([]);
  });
});
