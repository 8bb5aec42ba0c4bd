/**
 * The indicator page's municípios, a page at a time (issue 14): the superintendência pages through
 * them, sorts by value, finds one by name without its accent and downloads what the table shows;
 * the contribution card opens every município on request. Expectations come from the database and
 * from the page's own numbers.
 */
import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { MUNICIPALITY_PAGE_SIZE } from '../../shared/municipality-rows.ts';
import { openPage } from '../helpers/browser.ts';
import { browserJourney, POLL } from '../helpers/browser-journey.ts';

const journey = browserJourney();
const YEAR = 2025;
let page: Page;
let names: string[];

beforeAll(async () => {
  page = await journey.openAs('superintendencia', `/indicador/713?ano=${YEAR}`);
  const rows: { name: string }[] = await journey.server.db('territories').where({ level: 'municipality' });
  names = rows.map((row) => row.name).sort(new Intl.Collator('pt-BR').compare);
});

/** The municípios' card, scrolled to as a person does: below the first screen, it is drawn when near. */
async function card(): Promise<Locator> {
  const section = page.locator('section.card', {
    has: page.getByRole('heading', { name: `Municípios — ${YEAR}` }),
  });
  await section.scrollIntoViewIfNeeded();
  return section;
}
const rowNames = (table: Locator) => table.locator('tbody th[scope="row"]').allInnerTexts();

/** "1.234,5" → 1234.5 (empty cells as null). */
function parseNumber(text: string): number | null {
  const match = text.match(/-?[\d.]+(,\d+)?/);
  return match ? Number(match[0].replaceAll('.', '').replace(',', '.')) : null;
}

describe('municípios do indicador', () => {
  it('pages through every município in alphabetical order', async () => {
    await openPage(page, `${journey.server.url}/indicador/713?ano=${YEAR}`);
    const table = await card();
    const size = MUNICIPALITY_PAGE_SIZE;
    const pages = Math.ceil(names.length / size);
    await expect.poll(() => rowNames(table), POLL).toEqual(names.slice(0, size));
    await expect
      .poll(() => table.locator('.pagination').innerText(), POLL)
      .toContain(`página 1 de ${pages}, ${names.length} municípios`);
    // With the keyboard, to the last page: the step stays where the person is.
    const next = table.getByRole('button', { name: /Próxima/ });
    await next.focus();
    for (let shown = 2; shown <= pages; shown += 1) {
      await page.keyboard.press('Enter');
      await expect.poll(() => rowNames(table), POLL).toEqual(names.slice((shown - 1) * size, shown * size));
    }
    expect(await next.getAttribute('aria-disabled')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Próxima →');
    // Past two pages, straight to the first and the last.
    await table.getByRole('button', { name: '« Primeira' }).click();
    await expect.poll(() => rowNames(table), POLL).toEqual(names.slice(0, size));
    expect(await table.getByRole('button', { name: '« Primeira' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    await table.getByRole('button', { name: 'Última »' }).click();
    await expect.poll(() => rowNames(table), POLL).toEqual(names.slice((pages - 1) * size));
  });

  it('sorts by value over all of them, finds one without the accent and downloads it', async () => {
    await openPage(page, `${journey.server.url}/indicador/713?ano=${YEAR}`);
    const table = await card();
    await table.getByRole('button', { name: /^Valor/ }).click();
    await expect
      .poll(() => table.locator('th[aria-sort="descending"]').textContent(), POLL)
      .toContain('Valor');
    // The page shown stays until the sorted one arrives.
    const shownValues = async () =>
      (await table.locator('tbody tr td:nth-child(5)').allInnerTexts())
        .map(parseNumber)
        .filter((value): value is number => value !== null);
    await expect
      .poll(async () => {
        const shown = await shownValues();
        return (
          shown.length > 10 && shown.every((value, index) => index === 0 || value <= (shown[index - 1] ?? 0))
        );
      }, POLL)
      .toBe(true);

    await table.getByLabel('Buscar município').fill('cuiaba');
    await expect.poll(() => rowNames(table), POLL).toEqual(['Cuiabá']);
    expect(await table.locator('.table-toolbar__count').innerText()).toBe(`1 de ${names.length} municípios`);
    const region = await table.locator('tbody tr td').first().innerText();

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      table.getByRole('link', { name: 'Baixar CSV' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe(`indicador-713-municipios-${YEAR}-filtrado.csv`);
    const lines = fs
      .readFileSync(await file.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.split(';').slice(1, 3)).toEqual(['Cuiabá', region]);
  });

  it('shows every município of the contribution only when asked', async () => {
    await openPage(page, `${journey.server.url}/indicador/713?ano=${YEAR}`);
    const contribution = page.getByTestId('contribution');
    await expect.poll(() => contribution.locator('tbody tr').count(), POLL).toBe(10);
    await contribution.getByRole('button', { name: `Mostrar todos os ${names.length} municípios` }).click();
    await expect.poll(() => contribution.locator('tbody tr').count(), POLL).toBe(names.length);
    // Back to the first rows from the end of the list: the card's top is in view again.
    const fewer = contribution.getByRole('button', { name: 'Mostrar só os primeiros' });
    await fewer.scrollIntoViewIfNeeded();
    await fewer.click();
    await expect.poll(() => contribution.locator('tbody tr').count(), POLL).toBe(10);
    const top = await contribution.evaluate((card) => card.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(-1); // (scrolled to its top, to the subpixel)
    expect(top).toBeLessThan(900);
    expect(journey.pageProblems).toEqual([]);
  });
});
