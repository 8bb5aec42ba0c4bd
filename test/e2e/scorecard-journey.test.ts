/**
 * A manager opens the panel, reads the ICSAPS row of the state scorecard, opens the indicator and
 * finds the trend chart and the breakdown by macrorregião.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIR } from '../../server/app.ts';
import {
  assertClientBuilt,
  launchBrowser,
  openPage,
  recordPageProblems,
  signedInPage,
  waitUntilInteractive,
} from '../helpers/browser.ts';
import { demoPassword, startTestServer, type TestServer } from '../helpers/test-server.ts';

// The first render and navigation can take a few seconds on a loaded 2-core CI machine.
const POLL = { timeout: 15_000 };

let server: TestServer;
let browser: Browser;
let page: Page;
const pageProblems: string[] = [];

beforeAll(async () => {
  assertClientBuilt(CLIENT_DIR);
  server = await startTestServer({ seedExampleData: true });
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'pt-BR' });
  recordPageProblems(page, pageProblems);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('painel → indicador', () => {
  it('asks for a login first, then reads the ICSAPS row of the 2025 scorecard and opens the indicator', async () => {
    await openPage(page, `${server.url}/?ano=2025`);
    await page.waitForURL(/\/login\?proximo=/);
    await page.getByLabel('Usuário').fill('superintendencia');
    await page.getByLabel('Senha').fill('senha-errada-123');
    await page.getByRole('button', { name: 'Entrar' }).click();
    await expect
      .poll(() => page.getByRole('alert').innerText(), POLL)
      .toContain('Usuário ou senha incorretos');
    await page.getByLabel('Senha').fill(demoPassword('superintendencia'));
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.waitForURL(/\/\?ano=2025$/);
    await waitUntilInteractive(page);
    await expect.poll(() => page.locator('.user-menu').innerText(), POLL).toContain('Superintendência');
    await expect.poll(() => page.getByText('Dados de exemplo').first().isVisible(), POLL).toBe(true);

    const row = page.locator('tr[data-indicator="713"]');
    await row.waitFor();
    const rowText = await row.innerText();
    expect(rowText).toContain('ICSAPS');
    // The plan's 2025 target for ICSAPS is 19 %.
    expect(rowText).toMatch(/\b19\b/);
    expect(rowText).toMatch(/Meta atingida|Em risco|Meta não atingida/);
    expect(rowText).toMatch(/munic/);
    // Where the number came from, readable from the keyboard: Enter on "fonte" writes it out, in place.
    await row.getByRole('button', { name: /^fonte/ }).focus();
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/\/\?ano=2025$/);
    expect(await row.locator('.provenance-text').innerText()).toMatch(
      /^Fonte: .+ · competência dez\/2025 · carregado em \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/,
    );

    await row.click();
    await page.waitForURL(/\/indicador\/713/);
    await expect
      .poll(() => page.locator('h1').innerText(), POLL)
      .toMatch(/condições sensíveis à Atenção Primária/);
    expect(await page.locator('.page-heading').innerText()).toMatch(/indicador 713/i);
    await page.locator('[data-testid="target-vs-actual-chart"] svg').first().waitFor();
    const breakdown = page.locator('[data-testid="macro-breakdown"]');
    await breakdown.waitFor();
    // Scrolled to, as a person reads it (below the first screen, it is drawn when near); wait until
    // the figures arrived, then every macro is there.
    await breakdown.scrollIntoViewIfNeeded();
    await expect.poll(() => breakdown.innerText(), POLL).toContain('Centro-Noroeste');
    const breakdownText = await breakdown.innerText();
    for (const macro of ['Sul', 'Oeste', 'Norte', 'Leste', 'Baixada Cuiabana'])
      expect(breakdownText).toContain(macro);
    // Printed, the page has every section, also those never scrolled to (the ficha, at the end).
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('section.sheet').innerText()).toMatch(/Ficha do indicador/i);
    await page.emulateMedia({ media: 'screen' });
  });

  it('explains a wrong address in Portuguese', async () => {
    const page = await signedInPage(browser, {
      baseUrl: server.url,
      username: 'superintendencia',
      path: '/indicador/999',
      pageProblems,
    });
    await expect.poll(() => page.locator('body').innerText(), POLL).toMatch(/Indicador não encontrado/);
    await openPage(page, `${server.url}/?ano=abc`);
    await expect.poll(() => page.locator('body').innerText(), POLL).toMatch(/Ano inválido/);
    expect(await page.locator('body').innerText()).toMatch(/4 dígitos/);
    await openPage(page, `${server.url}/pagina-que-nao-existe`);
    await expect.poll(() => page.locator('body').innerText(), POLL).toMatch(/Página não encontrada/);
    expect(pageProblems).toEqual([]);
  });
});
