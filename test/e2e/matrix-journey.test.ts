/**
 * The superintendência opens the matriz (issue 15): the macros side by side, a drill into Norte's
 * regiões, the arrow keys between cells, and a red cell that opens the indicator for that região
 * with the same value.
 */
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { browserJourney, POLL } from '../helpers/browser-journey.ts';

const journey = browserJourney();

describe('matriz', () => {
  it('shows the macros, drills into a macro and opens the indicator from a red cell', async () => {
    const page = await journey.openAs('superintendencia', '/matriz?ano=2025');
    const table = page.locator('table.matrix');
    await table.waitFor(POLL);
    const headers = await table.locator('thead th').allInnerTexts();
    expect(headers[1]).toMatch(/Mato Grosso/i);
    for (const macro of ['Norte', 'Sul', 'Oeste', 'Leste', 'Centro-Noroeste', 'Baixada Cuiabana'])
      expect(
        headers.some((header) => header.toLowerCase().includes(macro.toLowerCase())),
        macro,
      ).toBe(true);
    // Status is said by colour, symbol and the cell's accessible name, never colour alone.
    const icsapsNorte = table.getByRole('link', { name: /^Internações sensíveis à APS \(ICSAPS\), Norte: / });
    expect(await icsapsNorte.getAttribute('aria-label')).toMatch(
      /Meta atingida|Em risco|Meta não atingida|Número pequeno/,
    );

    // The arrow keys move between cells, as in a spreadsheet.
    await icsapsNorte.focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      /^Cobertura de Saúde da Família, Norte: /,
    );

    await table.getByRole('link', { name: 'Norte', exact: true }).click();
    await page.waitForURL(/\/matriz\?ano=2025&macro=5103$/);
    await expect.poll(() => page.locator('.breadcrumb').innerText(), POLL).toContain('Macrorregião Norte');
    await expect.poll(() => table.locator('thead').innerText(), POLL).toMatch(/Alto Tapajós/i);

    const redCell = table.locator('td.matrix-cell--not_achieved a').first();
    const label = (await redCell.getAttribute('aria-label')) ?? '';
    const [, rest] = label.split(/, (?=[^,]+: )/) as [string, string];
    const regionName = rest.split(':')[0] as string;
    const value = /: ([\d.,]+)/.exec(rest)?.[1] as string;
    await redCell.click();
    await page.waitForURL(/\/indicador\/[^?]+\?ano=2025&territorio=\d+/);
    const card = page.locator('.state-figure');
    await expect.poll(() => card.innerText(), POLL).toContain(`${regionName} em 2025`);
    expect(await card.innerText()).toContain(value);
    expect(await card.innerText()).toContain('Meta não atingida');
    expect(journey.pageProblems).toEqual([]);
  });

  it("opens a gestor regional's matrix inside their macro, one Tab stop for the whole grid", async () => {
    const page = await journey.openAs('norte', '/matriz?ano=2025');
    const table = page.locator('table.matrix');
    await table.waitFor(POLL);
    await expect
      .poll(() => page.locator('.page-heading__lead').innerText(), POLL)
      .toContain('regiões de saúde da Macrorregião Norte');
    const headers = (await table.locator('thead th').allInnerTexts()).join(' | ').toLowerCase();
    expect(headers).toContain('alto tapajós');
    expect(headers).not.toContain('baixada cuiabana');
    // Every cell but one is out of the Tab order; the arrows move inside the grid.
    const tabbable = await table.locator('[data-cell][tabindex="0"]').count();
    expect(tabbable).toBe(1);
    expect(await table.locator('[data-cell][tabindex="-1"]').count()).toBeGreaterThan(50);
    // Another macro is refused by the server, in Portuguese, with the way back.
    await openPage(page, `${journey.server.url}/matriz?ano=2025&macro=5101`);
    await expect
      .poll(() => page.locator('main').innerText(), POLL)
      .toContain('Seu acesso não inclui Macrorregião Sul');
    expect(await page.getByRole('link', { name: 'Voltar à matriz' }).count()).toBe(1);
    expect(journey.pageProblems).toEqual([]);
  });
});
