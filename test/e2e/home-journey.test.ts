/**
 * Each role starts where it works (issue 17, item 3): the gestor regional on their macro, the
 * superintendência on the Painel; the map opens on the regional's macro unless a link says otherwise,
 * and the Painel stays one click away.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, recordPageProblems, waitUntilInteractive } from '../helpers/browser.ts';
import { browserJourney, POLL } from '../helpers/browser-journey.ts';
import { demoPassword } from '../helpers/test-server.ts';

const journey = browserJourney();
const MAP_AREA = '[data-testid="map-card"] .map__link';

/** Logs in from the login page itself, as a person opening the app would: no page asked. */
async function logInFromLoginPage(username: string): Promise<Page> {
  // Its own context, so the test can open a second tab in the same session.
  const context = await journey.browser.newContext({
    locale: 'pt-BR',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  recordPageProblems(page, journey.pageProblems);
  await openPage(page, `${journey.server.url}/login`);
  await page.getByLabel('Usuário').fill(username);
  await page.getByLabel('Senha').fill(demoPassword(username));
  await page.getByRole('button', { name: 'Entrar' }).click();
  await page.waitForURL((url) => url.pathname !== '/login', POLL);
  await waitUntilInteractive(page);
  return page;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).innerText();
const territoryCodes = (page: Page) =>
  page.locator(MAP_AREA).evaluateAll((areas) => areas.map((area) => area.getAttribute('data-territory')));

describe('the home of each role', () => {
  it('lands the gestor regional of the Norte on their macro, the Painel one click away', async () => {
    const page = await logInFromLoginPage('norte');
    expect(new URL(page.url()).pathname).toBe('/territorio/5103');
    await expect.poll(() => heading(page), POLL).toContain('Macrorregião Norte');
    await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Painel' }).click();
    await page.waitForURL((url) => url.pathname === '/', POLL);
    await expect.poll(() => heading(page), POLL).toContain('Painel do estado');
    // A reload keeps the Painel: only a fresh open of the address lands on the home.
    await page.reload();
    await waitUntilInteractive(page);
    await expect.poll(() => heading(page), POLL).toContain('Painel do estado');
    expect(new URL(page.url()).pathname).toBe('/');
    // Opening the bare address afresh, with the session still open, lands on the home again.
    const fresh = await page.context().newPage();
    await openPage(fresh, `${journey.server.url}/`);
    await fresh.waitForURL((url) => url.pathname === '/territorio/5103', POLL);
    await page.context().close();
    expect(journey.pageProblems).toEqual([]);
  });

  it('lands the superintendência on the Painel', async () => {
    const page = await logInFromLoginPage('superintendencia');
    expect(new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => heading(page), POLL).toContain('Painel do estado');
    await page.context().close();
  });

  it('lands a coordenadoria on its pendências, counted in the header', async () => {
    const page = await logInFromLoginPage('coap');
    expect(new URL(page.url()).pathname).toBe('/pendencias');
    await expect.poll(() => heading(page), POLL).toBe('Pendências');
    await expect
      .poll(
        () =>
          page
            .getByRole('navigation', { name: 'Principal' })
            .getByRole('link', { name: /^Pendências: \d+$/ })
            .count(),
        POLL,
      )
      .toBe(1);
    await page.context().close();
  });

  it('returns a gestor regional sent to the login from a page to that page', async () => {
    const page = await journey.openAs('norte', '/indicador/713?ano=2025');
    expect(new URL(page.url()).pathname).toBe('/indicador/713');
    // No territory in the link: the indicator page reads the Norte's figure and its contribution.
    await expect
      .poll(() => page.getByTestId('contribution').innerText(), POLL)
      .toContain('Quem explica a distância da meta — Macrorregião Norte');
    await page.close();
  });
});

describe('the map', () => {
  it('opens on the gestor regional own macro, by região', async () => {
    const page = await journey.openAs('norte', '/mapa?indicador=713&ano=2025');
    await expect.poll(() => heading(page), POLL).toBe('Mapa da Macrorregião Norte — 2025');
    // Norte's five regiões de saúde (by name), the rest of the state in grey around them.
    await expect
      .poll(() => territoryCodes(page), POLL)
      .toEqual(['51001', '51010', '51014', '51015', '51016']);
    expect(await page.locator('.map-controls').getByLabel('Território').inputValue()).toBe('5103');
    await page.close();
  });

  it('shows what a shared link says: the state for the regional, another macro for the superintendência', async () => {
    const norte = await journey.openAs('norte', '/mapa?indicador=713&ano=2025&territorio=51&nivel=macro');
    await expect.poll(() => heading(norte), POLL).toBe('Mapa de Mato Grosso — 2025');
    await expect.poll(() => territoryCodes(norte), POLL).toEqual(['5103']);
    await norte.close();
    const sas = await journey.openAs(
      'superintendencia',
      '/mapa?indicador=713&ano=2025&territorio=5101&nivel=regiao',
    );
    await expect.poll(() => heading(sas), POLL).toBe('Mapa da Macrorregião Sul — 2025');
    await expect.poll(() => territoryCodes(sas), POLL).toEqual(['51013']);
    expect(await sas.getByRole('region', { name: 'Legenda do mapa' }).innerText()).toContain(
      'Fora da Macrorregião Sul',
    );
    await sas.close();
  });
});
