/**
 * Each page's code is a file of its own, fetched when the page is first opened. When it does not
 * arrive (a tab left open across a new version, a dropped connection) the app reloads once and then
 * says so in Portuguese, keeping the header, instead of going blank.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIR } from '../../server/app.ts';
import { assertClientBuilt, launchBrowser, signedInPage } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const POLL = { timeout: 15_000 };

let server: TestServer;
let browser: Browser;
const cspViolations: string[] = [];

beforeAll(async () => {
  assertClientBuilt(CLIENT_DIR);
  server = await startTestServer({ seedExampleData: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a page whose code does not arrive', () => {
  it('is a 404 on the server, never the page in its place', async () => {
    const response = await fetch(`${server.url}/assets/MapPage-versao-antiga.js`, {
      headers: { cookie: server.adminCookie },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('says so in Portuguese after one reload, and opens once the file comes', async () => {
    const page = await signedInPage(browser, {
      baseUrl: server.url,
      username: 'superintendencia',
      path: '/',
      cspViolations,
    });
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
    expect(cspViolations).toEqual([]);
    await page.context().close();
  });
});
