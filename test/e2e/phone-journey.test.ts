/**
 * A manager reads the panel on a phone (390 × 844, an iPhone's screen; issue 16): every indicator's
 * name, value and status without a sideways scroll, a header folded into "Menu", "fonte" big enough
 * for a finger and named once, a focus outline and an "Em risco" mark that can be seen. And on a
 * computer the header is laid out the same for every role and page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { browserJourney, POLL } from '../helpers/browser-journey.ts';
import { contrastRatio } from '../helpers/contrast.ts';

const PHONE = { width: 390, height: 844 };

const journey = browserJourney();

/** The boxes that leave the screen's width, by what they show: none on a page made for phones. */
function boxesOutside(page: Page, selector: string) {
  return page.locator(selector).evaluateAll(
    (elements, width) =>
      elements.flatMap((element) => {
        const box = element.getBoundingClientRect();
        return box.left < 0 || box.right > width
          ? [`${element.textContent?.trim()} ${box.left}–${box.right}`]
          : [];
      }),
    PHONE.width,
  );
}

function pageWidth(page: Page) {
  return page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
}

describe('the panel on a phone', () => {
  it('shows each indicator’s name, value and status within 390 px, under a one-line header', async () => {
    const page = await journey.openAs('superintendencia', '/?ano=2025');
    await page.setViewportSize(PHONE);
    const rows = page.locator('tr.scorecard-row');
    await rows.first().waitFor(POLL);
    const rowCount = await rows.count();
    // The plan's 15 indicators (data/plan/plano.json).
    expect(rowCount).toBe(15);

    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    for (const part of [
      '.scorecard-row__name .row-link',
      '.scorecard-row__value .figure-value',
      '.status-badge',
    ])
      expect(await boxesOutside(page, `tr.scorecard-row ${part}`), part).toEqual([]);
    expect(await page.locator('tr.scorecard-row .status-badge').count()).toBe(rowCount);
    // Name, value and status of a row on one card: the value and status side by side under the name.
    const icsaps = page.locator('tr[data-indicator="713"]');
    const [name, value, status] = await Promise.all(
      ['.row-link', '.scorecard-row__value .figure-value', '.status-badge'].map((part) =>
        icsaps.locator(part).boundingBox(),
      ),
    );
    expect(name && value && status).toBeTruthy();
    if (name && value && status) {
      expect(value.y).toBeGreaterThan(name.y);
      expect(Math.abs(status.y - value.y)).toBeLessThan(value.height + status.height);
    }

    // The header is one line (it took 260–340 px before the menu).
    const header = await page.locator('.app-header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(64);
    expect(await page.getByRole('link', { name: 'Matriz' }).isVisible()).toBe(false);
    expect(journey.pageProblems).toEqual([]);
  });

  it('gives "fonte" a 24 px target named once, a focus outline at 3:1 and an "Em risco" mark at 4.5:1', async () => {
    const page = await journey.openAs('superintendencia', '/?ano=2025');
    await page.setViewportSize(PHONE);
    const sources = page.locator('tr.scorecard-row .provenance-tag');
    await sources.first().waitFor(POLL);
    const sizes = await sources.evaluateAll((buttons) =>
      buttons.map((button) => button.getBoundingClientRect()).map(({ width, height }) => ({ width, height })),
    );
    for (const size of sizes) {
      expect(size.width).toBeGreaterThanOrEqual(24);
      expect(size.height).toBeGreaterThanOrEqual(24);
    }
    // The name is the word on screen; the source is the description (title), said once.
    expect(await page.getByRole('button', { name: 'fonte', exact: true }).count()).toBe(sizes.length);
    expect(await sources.first().getAttribute('title')).toMatch(/^Fonte: /);

    // Reached by the keyboard, so :focus-visible draws the outline.
    await sources.first().focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    const outline = await sources.first().evaluate((button) => {
      const style = getComputedStyle(button);
      return { colour: style.outlineColor, style: style.outlineStyle, width: style.outlineWidth };
    });
    expect(outline.style).toBe('solid');
    expect(outline.width).toBe('3px');
    const headerColour = await page
      .locator('.app-header')
      .evaluate((header) => getComputedStyle(header).backgroundColor);
    expect(contrastRatio(outline.colour, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(outline.colour, headerColour)).toBeGreaterThanOrEqual(3);

    const atRiskMark = await page
      .locator('.status-legend .status-badge--at_risk .status-badge__icon')
      .evaluate((icon) => ({
        text: icon.textContent,
        fore: getComputedStyle(icon).color,
        back: getComputedStyle(icon).backgroundColor,
      }));
    expect(atRiskMark.text).toBe('!');
    expect(contrastRatio(atRiskMark.fore, atRiskMark.back)).toBeGreaterThanOrEqual(4.5);
  });

  it('opens the menu, closes it with Escape, and navigates from it, which closes it', async () => {
    const page = await journey.openAs('norte', '/?ano=2025');
    await page.setViewportSize(PHONE);
    const menuButton = page.getByRole('button', { name: 'Menu' });
    await menuButton.waitFor(POLL);
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');

    await menuButton.focus();
    await page.keyboard.press('Enter');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    const matrixLink = page
      .getByRole('navigation', { name: 'Principal' })
      .getByRole('link', { name: 'Matriz' });
    expect(await matrixLink.isVisible()).toBe(true);
    expect(await page.locator('.user-menu').innerText()).toContain('Gestor regional');
    expect(await page.getByLabel('Ano').isVisible()).toBe(true);

    await page.keyboard.press('Escape');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await matrixLink.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Menu');

    await menuButton.click();
    await matrixLink.click();
    await page.waitForURL(/\/matriz\?ano=2025$/);
    await expect.poll(() => menuButton.getAttribute('aria-expanded'), POLL).toBe('false');
    expect(await matrixLink.isVisible()).toBe(false);
    expect((await page.locator('.app-header').boundingBox())?.height).toBeLessThanOrEqual(64);
    await page.locator('table.matrix').waitFor(POLL);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

    // The action list, a card per action, fits too.
    await openPage(page, `${journey.server.url}/acoes?visao=lista`);
    await page.locator('tr.action-row').first().waitFor(POLL);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expect(await boxesOutside(page, 'tr.action-row .action-row__link')).toEqual([]);
    expect(journey.pageProblems).toEqual([]);
  });
});

describe('the header on a computer', () => {
  it('is laid out the same for every role and page: title and user on top, the navigation under them', async () => {
    for (const username of ['admin', 'superintendencia', 'coap', 'norte']) {
      const page = await journey.openAs(username, '/?ano=2025');
      for (const path of ['/?ano=2025', '/acoes']) {
        await openPage(page, `${journey.server.url}${path}`);
        const user = page.locator('.user-menu');
        await user.waitFor(POLL);
        const [title, userBox, nav] = await Promise.all([
          page.locator('.app-header__title').boundingBox(),
          user.boundingBox(),
          page.getByRole('navigation', { name: 'Principal' }).boundingBox(),
        ]);
        if (!title || !userBox || !nav) throw new Error(`${username} ${path}: cabeçalho incompleto`);
        const where = `${username} ${path}`;
        // The person signed in sits on the title's row, at the right edge, whatever the role or page.
        expect(userBox.y, where).toBeLessThan(title.y + title.height);
        expect(userBox.x + userBox.width, where).toBeGreaterThan(1280 - 60);
        expect(nav.y, where).toBeGreaterThanOrEqual(title.y + title.height);
        expect(await page.getByRole('button', { name: 'Menu' }).isVisible(), where).toBe(false);
      }
      await page.close();
    }
  });
});
