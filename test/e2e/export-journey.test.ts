/**
 * The Painel and the matriz leave the screen (issue 16): the superintendência downloads the Painel
 * as XLSX and CSV (one row per indicator it shows), prints it on A4, and prints the matriz of a
 * macro's regiões and of a região too wide for one sheet. One browser, one login, one page.
 */
import fs from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { STATUS_LABELS } from '../../shared/domain/status.ts';
import { openPage } from '../helpers/browser.ts';
import { browserJourney, POLL } from '../helpers/browser-journey.ts';
import { expectNumbered, pdfPages, sheetSizes } from '../helpers/pdf-text.ts';

const journey = browserJourney();
let page: Page;

beforeAll(async () => {
  page = await journey.openAs('superintendencia', '/?ano=2025');
  // The print dialog cannot be driven by a test: the page's call to it is counted instead.
  await page.addInitScript(() => {
    const counted = window as unknown as { printCalls: number };
    counted.printCalls = 0;
    window.print = () => {
      counted.printCalls += 1;
    };
  });
});

async function download(linkName: string): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: linkName, exact: true }).click(),
  ]);
  return file;
}

/** The CSV's data lines (the header and the byte-order mark left out). */
async function csvLines(file: Download): Promise<string[]> {
  const text = fs.readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '');
  return text.trim().split(/\r?\n/).slice(1);
}

/** Follows "Imprimir / PDF": the print page opens the dialog once, then prints to PDF as a person would. */
async function printFromLink(printedPath: string): Promise<{ pages: string[]; pdf: Buffer }> {
  await page.getByRole('link', { name: 'Imprimir / PDF' }).click();
  // The dialog opened and the parameter asking for it left the address (a reload does not print again).
  await page.waitForURL((url) => `${url.pathname}${url.search}` === printedPath, POLL);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls), POLL)
    .toBe(1);
  return printed();
}

async function printed(): Promise<{ pages: string[]; pdf: Buffer }> {
  await expect.poll(() => page.getByRole('button', { name: 'Imprimir' }).isEnabled(), POLL).toBe(true);
  // The page's own sheet size (the matriz turns it), as the print dialog uses it.
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  return { pages: await pdfPages(pdf), pdf };
}

const upper = (text: string) => text.toLocaleUpperCase('pt-BR');

describe('exportar o painel e a matriz', () => {
  it('downloads the Painel as XLSX and CSV with one row per indicator it shows', async () => {
    await openPage(page, `${journey.server.url}/?ano=2025`);
    await page.locator('table.scorecard').waitFor(POLL);
    const shown = await page
      .locator('tr.scorecard-row')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-indicator')));
    expect(shown.length).toBeGreaterThan(10);

    expect((await download('Baixar XLSX')).suggestedFilename()).toBe('painel-estado-2025.xlsx');
    const csv = await download('Baixar CSV');
    expect(csv.suggestedFilename()).toBe('painel-estado-2025.csv');
    const lines = await csvLines(csv);
    expect(lines.map((line) => line.split(';')[0])).toEqual(shown);
    expect(lines.every((line) => line.includes(';Mato Grosso;2025;'))).toBe(true);
  });

  it('prints the Painel on numbered A4 sheets with its title, the statuses and the example data said', async () => {
    await openPage(page, `${journey.server.url}/?ano=2025`);
    const icsaps = page.locator('tr[data-indicator="713"]');
    const badge = await icsaps.locator('.scorecard-row__status').innerText();
    const status = Object.values(STATUS_LABELS).find((label) => badge.includes(label));
    expect(status, badge).toBeDefined();

    const { pages, pdf } = await printFromLink('/painel/imprimir?ano=2025');
    expectNumbered(pages);
    expect(sheetSizes(pdf).every((size) => size === 'em pé')).toBe(true);
    const text = pages.join(' ');
    expect(pages[0]).toContain('Painel do estado — 2025');
    expect(pages[0]).toMatch(
      /Território Mato Grosso \(estado\) Gerado em \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(horário de Mato Grosso\)/,
    );
    // (“oficiais” is cut by the fi ligature in the PDF's text.)
    expect(pages[0]).toContain('Dados de exemplo, gerados para demonstração do painel: não são dados');
    expect(pages[0]).toContain('Meta não atingida');
    // The ICSAPS row carries the status the Painel shows for it (before the next indicator begins).
    const row = text.slice(
      text.indexOf('Internações sensíveis à APS (ICSAPS)'),
      text.indexOf('Cobertura de Saúde da Família'),
    );
    expect(row).toContain(status as string);
  });

  it('downloads and prints the matriz of a macro’s regiões, every column on a landscape sheet', async () => {
    await openPage(page, `${journey.server.url}/matriz?ano=2025&macro=5103`);
    const table = page.locator('table.matrix');
    await table.waitFor(POLL);
    const columns = await table.locator('thead th a').allTextContents();
    expect(columns.length).toBeGreaterThan(1);
    const indicators = await table.locator('tbody th.matrix__indicator').count();

    const csv = await download('Baixar CSV');
    expect(csv.suggestedFilename()).toBe('matriz-regioes-5103-2025.csv');
    // Each indicator in Mato Grosso (the matriz's reference column), then in the regiões.
    expect((await csvLines(csv)).filter((line) => line.includes(';Mato Grosso;2025;'))).toHaveLength(
      indicators,
    );
    expect((await download('Baixar XLSX')).suggestedFilename()).toBe('matriz-regioes-5103-2025.xlsx');

    const { pages, pdf } = await printFromLink('/matriz/imprimir?ano=2025&macro=5103');
    expectNumbered(pages);
    expect(sheetSizes(pdf).every((size) => size === 'deitada')).toBe(true);
    expect(pages[0]).toContain('Matriz de indicadores — 2025');
    expect(pages[0]).toContain('Regiões de saúde da Macrorregião Norte, com o estado para comparar');
    const text = upper(pages.join(' '));
    for (const column of columns) expect(text, column).toContain(upper(column));
  });

  it('prints a região wider than one sheet in parts, the indicators repeated in each', async () => {
    const municipalities: { name: string }[] = await journey.server
      .db('territories')
      .where({ level: 'municipality', region_code: '51013' })
      .select('name');
    expect(municipalities.length).toBeGreaterThan(16);

    await openPage(page, `${journey.server.url}/matriz/imprimir?ano=2025&regiao=51013`);
    const { pages } = await printed();
    expectNumbered(pages);
    const text = pages.join(' ');
    expect(text).toContain('Municípios da região de saúde Sul Matogrossense');
    for (const part of ['Parte 1 de 3', 'Parte 2 de 3', 'Parte 3 de 3']) expect(text).toContain(part);
    // Every part starts a sheet and names its indicators again.
    const starts = pages.filter((sheet) => /Parte \d de 3/.test(sheet));
    expect(starts).toHaveLength(3);
    for (const sheet of starts) expect(sheet).toContain('Internações sensíveis à APS (ICSAPS)');
    for (const { name } of municipalities) expect(upper(text), name).toContain(upper(name));
    expect(journey.pageProblems).toEqual([]);
  });
});
