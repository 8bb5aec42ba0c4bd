/**
 * What a browser journey sets up: the built client, a test server (with the example data unless
 * told otherwise), Chromium, and the page problems seen (CSP violations, failed hydrations); `openAs` signs a demo user in through the
 * login page and lands on `path`.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CLIENT_DIR } from '../../server/app.ts';
import { assertClientBuilt, launchBrowser, signedInPage } from './browser.ts';
import { startTestServer, type TestServer } from './test-server.ts';

/** The first render and navigation can take a few seconds on a loaded 2-core CI machine. */
export const POLL = { timeout: 15_000 };

export function browserJourney(options: { seedExampleData?: boolean } = {}) {
  const journey = {
    server: undefined as unknown as TestServer,
    browser: undefined as unknown as Browser,
    pageProblems: [] as string[],
    openAs: (username: string, path: string) =>
      signedInPage(journey.browser, {
        baseUrl: journey.server.url,
        username,
        path,
        pageProblems: journey.pageProblems,
      }),
  };
  beforeAll(async () => {
    assertClientBuilt(CLIENT_DIR);
    journey.server = await startTestServer({ seedExampleData: options.seedExampleData ?? true });
    journey.browser = await launchBrowser();
  });
  afterAll(async () => {
    await journey.browser?.close();
    await journey.server?.stop();
  });
  return journey;
}
