/**
 * The COAP writes the análise of an off-target indicator from the pack of the reunião (issue 15),
 * is told what is missing or wrong without losing what it typed, and the superintendência reads the
 * analysis on the pack next to the indicator.
 */
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { browserJourney, POLL } from '../helpers/browser-journey.ts';

const EXPLANATION = 'Alta de internações por pneumonia em idosos na Baixada Cuiabana.';
const journey = browserJourney();

describe('análise do indicador', () => {
  it('is written by the coordenadoria from the pack and read there by the superintendência', async () => {
    const coap = await journey.openAs('coap', '/reunioes/2026-11');
    const missing = coap.locator('.analysis-missing');
    await expect.poll(() => missing.innerText(), POLL).toMatch(/fora da meta ainda sem análise de out\/2026/);
    await missing.getByRole('link', { name: /\(713\)/ }).click();
    await coap.waitForURL(/\/indicador\/713\?mes=2026-10#analise$/);
    const explanation = coap.getByLabel('O que explica o valor');
    await expect.poll(() => coap.evaluate(() => document.activeElement?.tagName), POLL).toBe('TEXTAREA');

    await coap.getByRole('button', { name: 'Salvar análise de out/2026' }).click();
    expect(await coap.getByRole('alert').innerText()).toContain(
      'Escreva o que explica o valor do indicador.',
    );
    await explanation.fill(EXPLANATION);
    await coap.getByLabel('O que está sendo feito').fill('Oficinas de manejo clínico com as equipes da APS.');
    await coap.getByLabel('Ações do plano relacionadas (opcional)').fill('4.7.2, 9.9.9');
    await coap.getByRole('button', { name: 'Salvar análise de out/2026' }).click();
    await expect
      .poll(() => coap.getByRole('alert').innerText(), POLL)
      .toContain('Ação desconhecida no plano: 9.9.9.');
    // Nothing typed is lost.
    expect(await explanation.inputValue()).toBe(EXPLANATION);
    await coap.getByLabel('Ações do plano relacionadas (opcional)').fill('4.7.2');
    await coap.getByRole('button', { name: 'Salvar análise de out/2026' }).click();
    await expect
      .poll(() => coap.getByRole('status').allInnerTexts(), POLL)
      .toContain('Análise de out/2026 salva.');
    const card = coap.locator('#analise');
    expect(await card.innerText()).toContain(EXPLANATION);
    expect(await card.getByRole('link', { name: '4.7.2' }).getAttribute('href')).toBe('/acoes/4.7.2');

    const superintendence = await journey.openAs('superintendencia', '/reunioes/2026-11');
    const indicators = superintendence.locator('#indicadores');
    await expect.poll(() => indicators.innerText(), POLL).toContain(EXPLANATION);
    expect(
      await superintendence
        .locator('.analysis-missing')
        .innerText()
        .catch(() => ''),
    ).not.toContain('(713)');
    expect(journey.pageProblems).toEqual([]);
  });

  it('lets the superintendência link the plan’s proposed actions to an indicator', async () => {
    const page = await journey.openAs('superintendencia', '/reunioes/2026-11');
    const indicators = page.locator('#indicadores');
    // Nothing is linked yet: every indicator off target says it has no action under way.
    await expect.poll(() => indicators.innerText(), POLL).toContain('sem ação em andamento');

    await openPage(page, `${journey.server.url}/indicador/DIRETRIZES-CIB`);
    const card = page.locator('section.card', {
      has: page.getByRole('heading', { name: 'Ações do plano que servem a este indicador' }),
    });
    await expect.poll(() => card.innerText(), POLL).toContain('Nenhuma ação do plano foi ligada');
    await card.getByRole('button', { name: 'Ligar ações' }).click();
    const first = card.getByRole('checkbox').first();
    const label = (await card.locator('.indicator-actions-form__option').first().innerText()).trim();
    const code = label.split(' ')[0] as string;
    expect(code).toMatch(/^3\./);
    await first.check();
    await card.getByLabel('Outras ações, pelo código').fill('9.9.9');
    await card.getByRole('button', { name: 'Salvar as ações do indicador' }).click();
    await expect.poll(() => card.getByRole('alert').innerText(), POLL).toContain('9.9.9');
    await card.getByLabel('Outras ações, pelo código').fill('');
    await card.getByRole('button', { name: 'Salvar as ações do indicador' }).click();
    await expect.poll(() => card.locator('.indicator-actions').innerText(), POLL).toContain(code);
    expect(await card.getByRole('link', { name: code }).getAttribute('href')).toBe(`/acoes/${code}`);
    // The ata of the meeting records the actions next to the indicator.
    await openPage(page, `${journey.server.url}/reunioes/2026-11/ata`);
    await expect
      .poll(() => page.locator('body').innerText(), POLL)
      .toMatch(new RegExp(`Ações que servem ao indicador: ${code.replaceAll('.', '\\.')} \\(`));
    expect(journey.pageProblems).toEqual([]);
  });
});
