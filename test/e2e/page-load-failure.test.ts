/**
 * Each page's code is a file of its own, fetched when the page is first opened. When it does not
 * arrive (a tab left open across a new version, a dropped connection) the app reloads once and then
 * says so in Portuguese, keeping the header, instead of going blank.
 */
import { describe, expect, it } from 'vitest';
import { HYDRATION_FAILED } from '../../client/src/lib/first-page-state.ts';
import { browserJourney, POLL } from '../helpers/browser-journey.ts';

const journey = browserJourney();

describe('a page whose code does not arrive', () => {
  it('is a 404 on the server, never the page in its place', async () => {
    const response = await fetch(`${journey.server.url}/assets/MapPage-versao-antiga.js`, {
      headers: { cookie: journey.server.adminCookie },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('says so in Portuguese after one reload, and opens once the file comes', async () => {
    const page = await journey.openAs('superintendencia', '/');
    await page.route(/\/assets\/MapPage-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
    await page.getByRole('navigation').getByRole('link', { name: 'Mapa' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Não foi possível abrir esta página' }).count(), POLL)
      .toBe(1);
    // The header and the menu are still there.
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Mapa' }).count()).toBe(1);
    await page.unroute(/\/assets\/MapPage-[^/]+\.js$/);
    await page.getByRole('button', { name: 'Recarregar a página' }).click();
    await expect.poll(() => page.locator('[data-testid="map-card"]').count(), POLL).toBe(1);
    // The reload that still finds no code cannot take over the map the server drew (that code is
    // what is missing): React draws the message in the browser instead, as meant. Nothing else fails.
    expect(journey.pageProblems.filter((problem) => !problem.startsWith(HYDRATION_FAILED))).toEqual([]);
    await page.context().close();
  });
});
