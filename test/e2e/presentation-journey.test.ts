/**
 * The superintendência runs November's reunião de condução from the projector (issue 15): slides
 * moved with the arrow keys and the slide list, an indicator's slide with its figures and analysis,
 * and a deliberation recorded from the slide it concerns.
 */
import { describe, expect, it } from 'vitest';
import { browserJourney, POLL } from '../helpers/browser-journey.ts';

const journey = browserJourney();

describe('modo apresentação', () => {
  it('moves through the slides and records a deliberation from an indicator’s slide', async () => {
    const page = await journey.openAs('superintendencia', '/reunioes/2026-11');
    await page.getByRole('link', { name: 'Modo apresentação' }).click();
    await page.waitForURL(/\/reunioes\/2026-11\/apresentacao/);
    const count = page.locator('.presentation__count');
    await expect.poll(() => count.innerText(), POLL).toMatch(/^1 de \d+$/);
    const total = Number((await count.innerText()).split(' de ')[1]);
    expect(await page.locator('h1').innerText()).toBe('Abertura');

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => count.innerText(), POLL).toBe(`2 de ${total}`);
    const indicatorTitle = await page.locator('h1').innerText();
    expect(indicatorTitle).toMatch(/\(([\w-]+)\)$/);
    expect(await page.locator('.presentation__slide').innerText()).toMatch(/Meta 2026/);
    expect(await page.locator('.presentation__slide').innerText()).toMatch(/Análise de out\/2026/);

    await page.getByLabel('Ir para o slide').selectOption({ label: `${total}. Deliberações desta reunião` });
    await expect.poll(() => count.innerText(), POLL).toBe(`${total} de ${total}`);
    // Back on the slide (the arrows inside the list move the list), Home and → move the slides.
    await page.locator('.presentation__title').click();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('h1').innerText(), POLL).toBe(indicatorTitle);

    await page.getByRole('button', { name: 'Registrar deliberação sobre este slide' }).click();
    const text = page.getByLabel('O quê');
    const code = /\(([\w-]+)\)$/.exec(indicatorTitle)?.[1] as string;
    expect(await text.inputValue()).toMatch(new RegExp(`^Sobre o indicador ${code} `));
    // Typing moves no slide.
    await text.press('End');
    await text.type('levantar as causas com as macros.');
    await page.keyboard.press('ArrowLeft');
    expect(await count.innerText()).toBe(`2 de ${total}`);
    await page.getByLabel('Responsável: coordenadoria').selectOption('COAP');
    await page.getByRole('button', { name: 'Registrar deliberação', exact: true }).click();
    await expect
      .poll(() => page.getByRole('status').allInnerTexts(), POLL)
      .toContain('Deliberação registrada.');

    await page.keyboard.press('End');
    await expect
      .poll(() => page.locator('.presentation__slide').innerText(), POLL)
      .toContain('levantar as causas com as macros.');
    expect(journey.pageProblems).toEqual([]);
  });
});
