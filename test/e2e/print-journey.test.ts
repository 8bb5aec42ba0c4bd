/**
 * What comes out of the printer (issue 16): the regional brief of every macro and every região is
 * one A4 sheet; the printed documents number their pages ("página x de y"); the printed semester
 * report names the coordenadorias that have not written in one line per objective. One browser,
 * one login, one page reused: 22 briefs and a report printed in a row.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { browserJourney, POLL } from '../helpers/browser-journey.ts';
import { expectNumbered, pdfPages } from '../helpers/pdf-text.ts';

const journey = browserJourney();
let page: Page;

beforeAll(async () => {
  page = await journey.openAs('superintendencia', '/relatorios/semestral/2026-S1/imprimir');
});

/** Prints what is on screen once its document is drawn (the Imprimir button waits for it too). */
async function printedPages(path: string): Promise<string[]> {
  await openPage(page, `${journey.server.url}${path}`);
  await expect.poll(() => page.getByRole('button', { name: 'Imprimir' }).isEnabled(), POLL).toBe(true);
  return pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
}

describe('impressão', () => {
  it('prints the regional brief of every macro and região on one numbered A4 page', async () => {
    const territories: { code: string; name: string }[] = await journey.server
      .db('territories')
      .whereIn('level', ['macro', 'region'])
      .select('code', 'name')
      .orderBy('code');
    expect(territories).toHaveLength(6 + 16);
    const pageCounts: Record<string, number> = {};
    for (const { code, name } of territories) {
      const pages = await printedPages(`/territorio/${code}/resumo`);
      pageCounts[name] = pages.length;
      expect(pages[0], name).toContain(`Resumo regional — ${name}`);
      // The last section is on the sheet too: nothing was cut to make it fit.
      expect(pages[0], name).toContain('5. O que mudou nos últimos 30 dias');
      expect(pages[0], name).toContain('página 1 de 1');
    }
    expect(pageCounts).toEqual(Object.fromEntries(territories.map(({ name }) => [name, 1])));
  });

  it('numbers the semester report’s pages and names who has not written in one line', async () => {
    const pages = await printedPages('/relatorios/semestral/2026-S1/imprimir');
    expect(pages.length).toBeGreaterThan(1);
    expectNumbered(pages);
    const text = pages.join(' ');
    expect(text).not.toContain('Ainda não escrito pela coordenadoria');
    // Five objectives, each with coordenadorias still to write in the example data: one line each.
    expect(text.match(/Ainda não escrito por: /g)).toHaveLength(5);
    expect(text).toMatch(/Ainda não escrito por: [^.]*Coordenadoria de Consórcios/);
    expect(journey.pageProblems).toEqual([]);
  });
});
