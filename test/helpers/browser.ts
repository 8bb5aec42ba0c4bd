import fs from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

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
