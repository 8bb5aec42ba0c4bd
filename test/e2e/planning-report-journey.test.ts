/**
 * A planning team prepares the RDQA (issue 16): from "Relatórios" it opens the 2nd quadrimester of
 * 2026, reads ICSAPS's quadrimester and year so far, moves to another quadrimester with the picker,
 * then prints the report on numbered A4 pages; the RAG of 2025 opens from the same list.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { browserJourney, POLL } from '../helpers/browser-journey.ts';
import { pdfPages } from '../helpers/pdf-text.ts';

const journey = browserJourney();
let page: Page;

beforeAll(async () => {
  page = await journey.openAs('superintendencia', '/');
});

describe('relatório quadrimestral (RDQA) e anual (RAG)', () => {
  it('opens the RDQA from the reports list, reads an indicator and changes quadrimester', async () => {
    // Tests run in any order: each starts from its own page.
    await openPage(page, `${journey.server.url}/`);
    await page.getByRole('navigation').getByRole('link', { name: 'Relatórios', exact: true }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Relatórios', level: 1 }).isVisible(), POLL)
      .toBe(true);
    await page
      .getByTestId('relatorio-quadrimester')
      .getByRole('link', { name: '2º quadrimestre de 2026' })
      .click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), POLL)
      .toBe('Relatório Detalhado do Quadrimestre Anterior (RDQA) — 2º quadrimestre de 2026');
    expect(new URL(page.url()).pathname).toBe('/relatorios/quadrimestral/2026-Q2');

    const icsaps = page.getByRole('row').filter({ hasText: '713 · Internações sensíveis' });
    await expect.poll(() => icsaps.count(), POLL).toBe(1);
    // The quadrimester's months, the year so far up to its end, and a status.
    await expect.poll(() => icsaps.textContent(), POLL).toContain('mai/2026 a ago/2026');
    expect(await icsaps.textContent()).toMatch(/até ago\/2026/);
    expect(await icsaps.textContent()).toMatch(/\d+,\d %/);
    await expect.poll(() => page.getByText('Análises e considerações:').count(), POLL).toBeGreaterThan(0);

    await page.getByLabel('Quadrimestre', { exact: true }).selectOption('2026-Q1');
    await expect.poll(() => new URL(page.url()).pathname, POLL).toBe('/relatorios/quadrimestral/2026-Q1');
    await expect.poll(() => icsaps.textContent(), POLL).toContain('jan/2026 a abr/2026');
  });

  it('prints the RDQA on numbered A4 pages with every objective and the plan’s actions', async () => {
    await openPage(page, `${journey.server.url}/relatorios/quadrimestral/2026-Q2`);
    await page.getByRole('link', { name: 'Imprimir (A4) / PDF' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Imprimir' }).isEnabled(), POLL).toBe(true);
    const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, index) => {
      expect(text, `página ${index + 1}`).toContain(`página ${index + 1} de ${pages.length}`);
    });
    const text = pages.join(' ');
    expect(pages[0]).toContain(
      'Relatório Detalhado do Quadrimestre Anterior (RDQA) — 2º quadrimestre de 2026',
    );
    expect(pages[0]).toContain('30/09/2026');
    expect(text).toContain('713 · Internações sensíveis à APS');
    for (const objective of ['RS', '1', '2', '3', '4']) expect(text).toContain(`Objetivo ${objective} —`);
    expect(pages.at(-1)).toContain('Ações do plano por situação');
  });

  it('fits a phone: the page does not scroll sideways, the table scrolls inside its box', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await openPage(page, `${journey.server.url}/relatorios/quadrimestral/2026-Q2`);
      await expect.poll(() => page.getByText('Análises e considerações:').count(), POLL).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(390);
      const picker = await page.getByLabel('Quadrimestre', { exact: true }).boundingBox();
      expect((picker?.x ?? 0) + (picker?.width ?? 0)).toBeLessThanOrEqual(390);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('opens the RAG of a closed year and refuses a quadrimester that does not exist', async () => {
    await openPage(page, `${journey.server.url}/relatorios`);
    await page.getByTestId('relatorio-year').getByRole('link', { name: 'ano de 2025' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), POLL)
      .toBe('Relatório Anual de Gestão (RAG) — ano de 2025');
    // No quadrimester column in the annual report.
    await expect
      .poll(() => page.getByRole('columnheader', { name: 'Resultado do ano' }).count(), POLL)
      .toBeGreaterThan(0);
    expect(await page.getByRole('columnheader', { name: 'Resultado do quadrimestre' }).count()).toBe(0);

    await openPage(page, `${journey.server.url}/relatorios/quadrimestral/2026-Q4`);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Quadrimestre inválido' }).isVisible(), POLL)
      .toBe(true);
    expect(journey.pageProblems).toEqual([]);
  });
});
