import fs from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { HYDRATION_FAILED } from '../../client/src/lib/first-page-state.ts';
import { demoPassword } from './test-server.ts';

/** Debian's Chromium (playwright's own browser download cannot run here). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * The page shows its data: the main area has a table row, a map or chart, or a figure, with nothing
 * left loading. Runs in the page (a function, not a string: the app's CSP allows no eval); the
 * bench times it, the tests assert it.
 */
export function mainShowsData(): boolean {
  const main = document.querySelector('main');
  if (!main || main.querySelector('.loading')) return false;
  return Boolean(main.querySelector('table tbody tr, svg path, dl, .action-code'));
}

/** Browser tests drive the client `npm start` serves: it must have been built. */
export function assertClientBuilt(clientDir: string): void {
  if (!fs.existsSync(`${clientDir}/index.html`))
    throw new Error('Cliente não compilado: rode `npm run build`.');
}

/**
 * Kept as bugs: every violation of the app's own Content-Security-Policy, and every page the browser
 * could not hydrate as the server rendered it (React then throws the server's HTML away).
 */
export function recordPageProblems(page: Page, into: string[]): void {
  const isProblem = (text: string) =>
    /Content Security Policy/i.test(text) || text.includes(HYDRATION_FAILED);
  page.on('console', (message) => {
    if (isProblem(message.text())) into.push(message.text());
  });
  page.on('pageerror', (error) => {
    if (isProblem(error.message)) into.push(error.message);
  });
}

/**
 * A fresh browser session (its own cookies) that asks for `path`, is sent to the login page, logs
 * in as a demo user and lands on `landsOn` (by default, `path` itself), ready for clicks. Page problems
 * (CSP, hydration) are recorded.
 */
export async function signedInPage(
  browser: Browser,
  session: { baseUrl: string; username: string; path: string; pageProblems: string[]; landsOn?: RegExp },
): Promise<Page> {
  const page = await browser.newPage({ locale: 'pt-BR', viewport: { width: 1280, height: 900 } });
  recordPageProblems(page, session.pageProblems);
  await page.goto(`${session.baseUrl}${session.path}`);
  await page.waitForURL(/\/login\?proximo=/);
  await page.getByLabel('Usuário').fill(session.username);
  await page.getByLabel('Senha').fill(demoPassword(session.username));
  await page.getByRole('button', { name: 'Entrar' }).click();
  await page.waitForURL(session.landsOn ?? ((url) => `${url.pathname}${url.search}` === session.path));
  await waitUntilInteractive(page);
  return page;
}

/**
 * A page the server rendered shows its data before its code has run; a click or a key then would
 * do nothing. The app marks the page once React has taken it over (MarkInteractive).
 */
export async function waitUntilInteractive(page: Page): Promise<void> {
  await page.waitForSelector('html[data-interactive]', { state: 'attached' });
}

/** Opens `url` as a person would: the page is there and answers. */
export async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitUntilInteractive(page);
}
