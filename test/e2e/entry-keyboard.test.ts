/**
 * The entry grid for people who type a lot (issue 11, item 7): arrows and Enter move between boxes
 * as in a spreadsheet, and the focused box stays above the sticky save panel.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIR } from '../../server/app.ts';
import { assertClientBuilt, launchBrowser, signedInPage } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const POLL = { timeout: 15_000 };
let server: TestServer;
let browser: Browser;
let page: Page;
const pageProblems: string[] = [];

beforeAll(async () => {
  assertClientBuilt(CLIENT_DIR);
  server = await startTestServer({ seedExampleData: false });
  browser = await launchBrowser();
  page = await signedInPage(browser, {
    baseUrl: server.url,
    username: 'coap',
    path: '/digitar?indicador=713&ano=2025',
    pageProblems,
  });
  await page.setViewportSize({ width: 1366, height: 768 });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

describe('digitar pelo teclado', () => {
  it('moves down numerator → denominator → next município, and across months at the edge of the text', async () => {
    const first = page.getByLabel('Acorizal, jan/2025, numerador');
    await first.waitFor(POLL);
    await first.focus();
    await page.keyboard.type('10');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Acorizal, jan/2025, denominador');
    await page.keyboard.type('100');
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('Água Boa, jan/2025, numerador');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('Água Boa, fev/2025, numerador');
    await page.keyboard.press('Shift+Enter');
    expect(await focused()).toBe('Acorizal, fev/2025, denominador');
    // The typed values are there, waiting to be saved.
    expect(await page.getByLabel('Acorizal, jan/2025, denominador').inputValue()).toBe('100');
    // The focused box is not hidden under the sticky save panel.
    const box = await page.getByLabel('Acorizal, fev/2025, denominador').boundingBox();
    const dock = await page.locator('.entry-dock').boundingBox();
    expect(box && dock && box.y + box.height <= dock.y).toBe(true);
    expect(pageProblems).toEqual([]);
  });
});
