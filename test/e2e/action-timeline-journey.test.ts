/**
 * The action plan's cronograma (issue 17): the 96 actions on 2024–2027 with the atrasadas marked, the
 * server's "hoje" (the test clock: 24/11/2026), the list's filters in the URL, each bar a link a
 * keyboard can follow, and the actions without dates listed apart. One browser, one login; each test
 * opens its own page.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { browserJourney, POLL } from '../helpers/browser-journey.ts';
import { expectNumbered, pdfPages, sheetSizes } from '../helpers/pdf-text.ts';

const journey = browserJourney();
let page: Page;

beforeAll(async () => {
  page = await journey.openAs('superintendencia', '/acoes?visao=cronograma');
});

const bars = () => page.locator('.action-timeline__bar');

async function openTimeline(search = '') {
  await openPage(page, `${journey.server.url}/acoes?visao=cronograma${search}`);
  await expect.poll(() => bars().count(), POLL).toBeGreaterThan(0);
}

describe('cronograma do plano de ação', () => {
  it('marks the atrasadas with a sign and a word, and draws hoje in November 2026', async () => {
    await openTimeline();
    const overdue = page.locator('.action-timeline__bar[data-overdue="true"]');
    expect(await overdue.count()).toBeGreaterThan(0);
    const first = overdue.first();
    expect(await first.getAttribute('aria-label')).toMatch(/^Ação [\d.]+: .+ Situação: .+\. Atrasada\.$/);
    expect(await first.innerText()).toContain('⚠');
    const code = await first.evaluate((bar) => bar.closest('li')?.dataset.action ?? '');
    const row = page.locator(`[data-testid="timeline-row"][data-action="${code}"]`);
    expect(await row.innerText()).toContain('Atrasada');

    const today = page.getByTestId('timeline-today').first();
    expect(await today.innerText()).toBe('hoje, 24/11/2026');
    // The line of the first row sits between 01/11/2026 and 01/12/2026 on its track: days 1035 and
    // 1065 of the 1461 of 2024–2027.
    const track = await page.locator('.action-timeline__row .action-timeline__track').first().boundingBox();
    const line = await page.locator('.action-timeline__row .action-timeline__today').first().boundingBox();
    if (!track || !line) throw new Error('cronograma sem trilha ou sem a linha de hoje');
    const at = (line.x - track.x) / track.width;
    expect(at).toBeGreaterThan(1035 / 1461);
    expect(at).toBeLessThan(1065 / 1461);
  });

  it('filters by coordenadoria with the list’s filter: the URL changes, fewer bars, the list agrees', async () => {
    await openTimeline();
    const all = await bars().count();
    await page.getByLabel('Coordenadoria', { exact: true }).selectOption('COAP');
    await expect.poll(() => new URL(page.url()).searchParams.get('coordenadoria'), POLL).toBe('COAP');
    expect(new URL(page.url()).searchParams.get('visao')).toBe('cronograma');
    await expect.poll(() => bars().count(), POLL).toBeLessThan(all);
    const count = await page.locator('.action-count').innerText();
    expect(count).toMatch(/^\d+ ações$/);

    // The same filter is the list's: its tab keeps it and counts the same actions.
    await page.getByRole('link', { name: 'Lista', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('visao'), POLL).toBe('lista');
    expect(new URL(page.url()).searchParams.get('coordenadoria')).toBe('COAP');
    await expect.poll(() => page.locator('.action-count').innerText(), POLL).toBe(count);
  });

  it('follows a bar to its action page with Tab and Enter', async () => {
    await openTimeline();
    // The last filter, then Tab: the first bar of the cronograma comes next.
    await page.getByLabel('Vencem nos próximos 30 dias', { exact: true }).focus();
    let label = '';
    for (let step = 0; step < 5 && !label.startsWith('Ação '); step += 1) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(() =>
        document.activeElement?.classList.contains('action-timeline__bar')
          ? (document.activeElement.getAttribute('aria-label') ?? '')
          : '',
      );
    }
    const code = /^Ação ([\d.]+):/.exec(label)?.[1];
    expect(code, `nenhuma barra recebeu o foco (${label})`).toBeDefined();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname, POLL).toBe(`/acoes/${code}`);
    await expect.poll(() => page.title(), POLL).toContain(`Ação ${code}`);
  });

  it('lists the actions without dates apart, each a link, and draws no bar for them', async () => {
    await openTimeline();
    const undated = page.getByTestId('timeline-undated');
    await expect.poll(() => undated.getByRole('heading').innerText(), POLL).toBe('Sem datas definidas');
    // 2.1.3's prazo is "contínuo": no date to draw.
    const link = undated.getByRole('link', { name: /^2\.1\.3 / });
    expect(await link.getAttribute('href')).toBe('/acoes/2.1.3');
    expect(await page.locator('[data-testid="timeline-row"][data-action="2.1.3"]').count()).toBe(0);
    expect(journey.pageProblems).toEqual([]);
  });

  it('prints on numbered landscape A4 sheets, header and all', async () => {
    await openTimeline('&coordenadoria=COAP');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(1);
    expect(sheetSizes(pdf).every((size) => size === 'deitada')).toBe(true);
    expectNumbered(pages);
    // The app's header turns with the page: it shares the first sheet with the cronograma's card.
    expect(pages[0]).toContain('Painel do Plano Estratégico SAS');
    expect(pages[0]).toContain('Cronograma das ações, 2024–2027');
  });
});
