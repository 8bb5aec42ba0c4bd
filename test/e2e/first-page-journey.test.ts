/**
 * The first page is on screen before the app's code runs (issue 14): the server renders it with its
 * data, and the browser then takes it over without redrawing it (a failed hydration is recorded as
 * a page problem) and answers clicks.
 */
import { describe, expect, it } from 'vitest';
import { mainShowsData, openPage, recordPageProblems } from '../helpers/browser.ts';
import { browserJourney, POLL } from '../helpers/browser-journey.ts';
import { logInAs } from '../helpers/test-server.ts';

const journey = browserJourney();

const ROUTES = ['/', '/indicador/713', '/territorio/5103', '/mapa', '/acoes', '/planificacao'];

async function signedInContext(javaScriptEnabled: boolean) {
  const context = await journey.browser.newContext({ locale: 'pt-BR', javaScriptEnabled });
  const [name, value] = (await logInAs(journey.server, 'superintendencia')).split('=') as [string, string];
  await context.addCookies([{ name, value, url: journey.server.url }]);
  return context;
}

describe('a primeira página', () => {
  it('shows each main page’s data with no script run at all', async () => {
    const context = await signedInContext(false);
    const page = await context.newPage();
    for (const route of ROUTES) {
      await page.goto(`${journey.server.url}${route}`);
      expect(await page.evaluate(mainShowsData), route).toBe(true);
    }
    await page.goto(`${journey.server.url}/?ano=2025`);
    expect(await page.locator('tr[data-indicator="713"]').innerText()).toMatch(/ICSAPS/);
    await context.close();
  });

  it('is taken over by the app as it was drawn, and answers clicks', async () => {
    const context = await signedInContext(true);
    const page = await context.newPage();
    recordPageProblems(page, journey.pageProblems);
    for (const route of ROUTES) {
      await openPage(page, `${journey.server.url}${route}`);
      await expect.poll(() => page.evaluate(mainShowsData), { ...POLL, message: route }).toBe(true);
    }
    // The part of an address the server never sees: the action plan opens the strategic action named.
    await openPage(page, `${journey.server.url}/acoes?visao=arvore#ea-1.1`);
    await expect.poll(() => page.locator('details[id="ea-1.1"]').getAttribute('open'), POLL).toBe('');
    await openPage(page, `${journey.server.url}/?ano=2025`);
    await page.locator('tr[data-indicator="713"]').click();
    await page.waitForURL(/\/indicador\/713\?ano=2025/, POLL);
    await context.close();
    expect(journey.pageProblems).toEqual([]);
  });
});
