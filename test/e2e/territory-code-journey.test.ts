/**
 * A município by the código DATASUS writes (issue 16): 510340 opens Cuiabá at its one address,
 * /territorio/5103403, from the address bar, from a link to an indicator and from the header's search.
 */
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { browserJourney, POLL } from '../helpers/browser-journey.ts';

const journey = browserJourney();

describe('códigos de 6 dígitos', () => {
  it('opens the município at its 7-digit address, by the address bar and by the header’s search', async () => {
    const page = await journey.openAs('superintendencia', '/?ano=2025');
    await openPage(page, `${journey.server.url}/territorio/510340?ano=2025`);
    await page.waitForURL(/\/territorio\/5103403\?ano=2025$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), POLL).toBe('Cuiabá — 2025');

    await openPage(page, `${journey.server.url}/indicador/713?ano=2025&territorio=510340`);
    await page.waitForURL(/\/indicador\/713\?ano=2025&territorio=5103403$/);

    const search = page.getByLabel('Território', { exact: true });
    await search.fill('510840');
    await search.press('Enter');
    await page.waitForURL(/\/territorio\/5108402\?ano=2025$/);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText(), POLL)
      .toBe('Várzea Grande — 2025');

    await search.fill('5199999');
    await search.press('Enter');
    await expect
      .poll(() => page.getByRole('alert').allInnerTexts(), POLL)
      .toContain('Nenhum território com o nome ou código “5199999”.');
    expect(journey.pageProblems).toEqual([]);
  });
});
