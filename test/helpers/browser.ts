import fs from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
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

/** Browser tests drive the client `npm start` serves: it must have been built. */
export function assertClientBuilt(clientDir: string): void {
  if (!fs.existsSync(`${clientDir}/index.html`))
    throw new Error('Cliente não compilado: rode `npm run build`.');
}

/** The app must run under its own Content-Security-Policy: every violation is kept, as a bug. */
export function recordCspViolations(page: Page, into: string[]): void {
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) into.push(message.text());
  });
}

/**
 * A fresh browser session (its own cookies) that asks for `path`, is sent to the login page, logs
 * in as a demo user and lands on `landsOn` (by default, `path` itself). CSP violations are recorded.
 */
export async function signedInPage(
  browser: Browser,
  session: { baseUrl: string; username: string; path: string; cspViolations: string[]; landsOn?: RegExp },
): Promise<Page> {
  const page = await browser.newPage({ locale: 'pt-BR', viewport: { width: 1280, height: 900 } });
  recordCspViolations(page, session.cspViolations);
  await page.goto(`${session.baseUrl}${session.path}`);
  await page.waitForURL(/\/login\?proximo=/);
  await page.getByLabel('Usuário').fill(session.username);
  await page.getByLabel('Senha').fill(demoPassword(session.username));
  await page.getByRole('button', { name: 'Entrar' }).click();
  await page.waitForURL(session.landsOn ?? ((url) => `${url.pathname}${url.search}` === session.path));
  return page;
}
