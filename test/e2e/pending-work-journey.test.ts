/**
 * A coordenadoria before the reunião de condução (issue 17): it opens its pendências, follows the
 * first record owed to the action's form, records October, and the header's count drops by one.
 * The superintendência sees everyone's pendências by coordenadoria. The test server's clock is
 * 24/11/2026: the meeting being prepared is November's, which reviews October.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserJourney, POLL } from '../helpers/browser-journey.ts';

const journey = browserJourney();

/** The header's count, read from the link's accessible name ("Pendências: 12"). */
async function headerCount(page: Page): Promise<number> {
  const name =
    (await page
      .getByRole('navigation')
      .getByRole('link', { name: /^Pendências/ })
      .getAttribute('aria-label')) ?? '';
  const match = /(\d+)$/.exec(name);
  return match ? Number(match[1]) : 0;
}

describe('pendências', () => {
  it('a coordenadoria clears a pendência by recording the month, and the count drops', async () => {
    const page = await journey.openAs('coap', '/pendencias');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Pendências', level: 1 }).isVisible(), POLL)
      .toBe(true);
    await expect.poll(() => headerCount(page), POLL).toBeGreaterThan(0);
    const before = await headerCount(page);
    const records = page.getByTestId('pendencias-record');
    const first = records.getByRole('link').first();
    const title = (await first.textContent()) ?? '';
    expect(title).toMatch(/^Registrar out\/2026 da ação \d/);
    await first.click();

    await expect.poll(() => page.getByLabel('Mês de referência').inputValue(), POLL).toBe('2026-10');
    await page.getByLabel('Situação', { exact: true }).selectOption({ label: 'Em andamento' });
    await page.getByLabel('O que foi feito').fill('Registro de outubro feito a partir das pendências.');
    await page.getByRole('button', { name: 'Salvar registro de out/2026' }).click();
    await expect.poll(() => headerCount(page), POLL).toBe(before - 1);

    await page
      .getByRole('navigation')
      .getByRole('link', { name: /^Pendências/ })
      .click();
    await expect.poll(() => records.getByRole('link', { name: title }).count(), POLL).toBe(0);
  });

  it('the superintendência sees everyone’s pendências by coordenadoria', async () => {
    const page = await journey.openAs('superintendencia', '/pendencias');
    const overview = page.getByTestId('pendencias-por-coordenadoria');
    await expect
      .poll(() => overview.getByRole('row', { name: /Coordenadoria de Atenção Primária/ }).count(), POLL)
      .toBe(1);
    expect(journey.pageProblems).toEqual([]);
  });
});
