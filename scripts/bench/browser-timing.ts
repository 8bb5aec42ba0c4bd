/**
 * Time to data visible in Chromium (issue 14): a signed-in person opens a page with an empty cache
 * (cold) and opens it again (warm, assets cached); "visible" is the page's main area showing a table
 * row, a chart or a figure with nothing left loading. The floor is the scorecard as it rendered,
 * saved as static HTML with its styles, served by a bare HTTP server.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, mainShowsData } from '../../test/helpers/browser.ts';

export type RouteTiming = {
  route: string;
  coldMs: number;
  warmMs: number;
  coldInteractiveMs: number;
  /** The static floor, loaded between this route's own loads. */
  floorMs: number;
};

/**
 * From the navigation to the data on screen, and to the page answering clicks (hydrated: the app
 * sets `data-interactive`; a static page never does). The navigation is awaited only until the
 * server answers ('commit'): waiting for the load event would count the app's code, which a page
 * rendered by the server does not need to show its data.
 */
async function timeToData(
  page: Page,
  load: () => Promise<unknown>,
  options: { interactive: boolean },
): Promise<{ dataMs: number; interactiveMs: number }> {
  const started = performance.now();
  await load();
  await page
    .waitForFunction(mainShowsData, undefined, { timeout: 60_000, polling: 'raf' })
    .catch(async (error) => {
      const main = await page
        .locator('main')
        .innerText()
        .catch(() => '(sem main)');
      throw new Error(`${page.url()}: os dados não apareceram em 60 s (${main.slice(0, 200)})`, {
        cause: error,
      });
    });
  const dataMs = performance.now() - started;
  if (options.interactive) await page.waitForSelector('html[data-interactive]', { timeout: 60_000 });
  return { dataMs, interactiveMs: performance.now() - started };
}

async function signedInContext(browser: Browser, baseUrl: string, cookie: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  const [name, value] = cookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url: baseUrl }]);
  return context;
}

/**
 * Each figure is the median of this many loads: one load on a busy 2-core machine varies by ±40 %,
 * and the floor drifts between runs as much (111–236 ms in one session); each route is compared with
 * floor loads made between its own, in the same minute.
 */
export const BROWSER_RUNS = 7;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Cold and warm time to data for each route, and the static-HTML floor of the first one. */
export async function timeRoutes(
  baseUrl: string,
  cookie: string,
  routes: readonly string[],
): Promise<{ routes: RouteTiming[]; staticFloorMs: number }> {
  const browser = await launchBrowser();
  try {
    const timings: RouteTiming[] = [];
    const allFloors: number[] = [];
    // One untimed load of the first route first: the browser's own first start (its caches, fonts,
    // processes) would otherwise count against it alone. Its page, as rendered, becomes the floor.
    const warmUp = await signedInContext(browser, baseUrl, cookie);
    const first = await warmUp.newPage();
    await timeToData(first, () => first.goto(`${baseUrl}${routes[0] ?? '/'}`, { waitUntil: 'commit' }), {
      interactive: true,
    });
    const floorHtml = await staticCopy(first);
    await warmUp.close();
    for (const route of routes) {
      const cold: number[] = [];
      const coldInteractive: number[] = [];
      const warm: number[] = [];
      const floors: number[] = [];
      for (let run = 0; run < BROWSER_RUNS; run += 1) {
        const context = await signedInContext(browser, baseUrl, cookie);
        const page = await context.newPage();
        const loaded = await timeToData(
          page,
          () => page.goto(`${baseUrl}${route}`, { waitUntil: 'commit' }),
          {
            interactive: true,
          },
        );
        cold.push(loaded.dataMs);
        coldInteractive.push(loaded.interactiveMs);
        warm.push(
          (await timeToData(page, () => page.reload({ waitUntil: 'commit' }), { interactive: true })).dataMs,
        );
        await context.close();
        floors.push(await timeStatic(browser, floorHtml));
      }
      allFloors.push(...floors);
      timings.push({
        route,
        coldMs: median(cold),
        warmMs: median(warm),
        coldInteractiveMs: median(coldInteractive),
        floorMs: median(floors),
      });
    }
    return { routes: timings, staticFloorMs: median(allFloors) };
  } finally {
    await browser.close();
  }
}

/** The rendered page without its scripts, its stylesheets inlined: what a static site would send. */
async function staticCopy(page: Page): Promise<string> {
  const css = await page.evaluate(() =>
    [...document.styleSheets]
      .flatMap((sheet) => {
        try {
          return [...sheet.cssRules].map((rule) => rule.cssText);
        } catch {
          return [];
        }
      })
      .join('\n'),
  );
  const html = await page.content();
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<link[^>]+rel="(?:stylesheet|modulepreload)"[^>]*>/g, '')
    .replace('</head>', `<style>${css}</style></head>`);
}

async function timeStatic(browser: Browser, html: string): Promise<number> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const context = await browser.newContext();
    const page = await context.newPage();
    const { dataMs } = await timeToData(
      page,
      () => page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'commit' }),
      {
        interactive: false,
      },
    );
    await context.close();
    return dataMs;
  } finally {
    server.close();
  }
}
