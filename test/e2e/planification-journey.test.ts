/**
 * The planificação in Chromium: the COAP opens the 2024–2027 timeline of the six macros, opens the
 * Leste, records the adhesion of a município that had not adhered (today, 24/11/2026, as the test
 * server's frozen clock says) and sees the count go up; a date after today is refused in Portuguese
 * and the form keeps what was typed. The macro's territory page shows the same count.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIR } from '../../server/app.ts';
import { assertClientBuilt, launchBrowser, openPage, signedInPage } from '../helpers/browser.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// The first render and navigation can take a few seconds on a loaded 2-core CI machine.
const POLL = { timeout: 15_000 };
/** The plan's schedule order (data/plan/planificacao.json). */
const SCHEDULE_ORDER = ['5101', '5103', '5102', '5106', '5105', '5104'];
const LESTE = '5104';
const AGUA_BOA = '5100201';
const ALTO_BOA_VISTA = '5100359';

let server: TestServer;
let browser: Browser;
const pageProblems: string[] = [];

const openAs = (username: string, path: string) =>
  signedInPage(browser, { baseUrl: server.url, username, path, pageProblems });

beforeAll(async () => {
  assertClientBuilt(CLIENT_DIR);
  server = await startTestServer({ seedExampleData: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('planificação', () => {
  it('records an adhesion in the Leste, and refuses a date after today keeping the form', async () => {
    const page = await openAs('coap', '/planificacao');

    // The timeline: six macros in the plan's order, the current year and "hoje" marked.
    const rows = page.locator('[data-testid="timeline-row"]');
    await expect.poll(() => rows.count(), POLL).toBe(6);
    expect(await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-macro')))).toEqual(
      SCHEDULE_ORDER,
    );
    const timeline = page.locator('[data-testid="planif-timeline"]');
    expect(await timeline.innerText()).toContain('hoje');
    expect(await timeline.innerText()).toContain('Hoje (24/11/2026)');
    expect(await page.locator('[data-testid="planif-state-card"]').innerText()).toMatch(
      /54[\s\S]*76[\s\S]*112[\s\S]*142/,
    );
    expect(await page.getByText('Dados de exemplo.').isVisible()).toBe(true);

    // Open the Leste from its row in the timeline.
    await page.getByRole('link', { name: /^Macrorregião Leste: Fase 1 em 2027 — prevista\./ }).click();
    await page.waitForURL((url) => url.pathname === '/planificacao' && url.search === `?macro=${LESTE}`);
    await expect.poll(() => page.locator('h1').innerText(), POLL).toBe('Planificação — Macrorregião Leste');
    const count = page.locator('[data-testid="adhesion-count"]');
    await expect.poll(() => count.innerText(), POLL).toBe('0 de 30 municípios (meta 2027)');
    const notAdhering = page.locator('[data-testid="not-adhering"]');
    expect(await notAdhering.innerText()).toContain('Água Boa');

    // The form starts on the server's today (the browser's own clock is not frozen).
    const form = page.getByRole('form', { name: 'Registrar adesão' });
    expect(await form.getByLabel('Data de adesão').inputValue()).toBe('2026-11-24');
    await form.getByLabel('Município').selectOption({ label: 'Água Boa' });
    await form.getByLabel('Data de adesão').fill('2026-11-24');
    await form.getByLabel('Documento (opcional)').fill('Termo de adesão nº 1/2026');
    await form.getByRole('button', { name: 'Registrar adesão' }).click();

    await expect.poll(() => count.innerText(), POLL).toBe('1 de 30 municípios (meta 2027)');
    expect(await form.getByRole('status').innerText()).toBe('Adesão de Água Boa registrada.');
    // The keyboard stays where it was: saving does not send the focus to the top of the page.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Registrar adesão');
    const adhesions = page.locator('[data-testid="planif-adhesions"] table');
    const row = adhesions.locator('tbody tr', { hasText: 'Água Boa' });
    expect(await row.innerText()).toMatch(/Água Boa\s+24\/11\/2026\s+—\s+Termo de adesão nº 1\/2026/);
    expect(await notAdhering.innerText()).not.toContain('Água Boa');
    const saved = await server.db('planification_adhesions').where({ municipality_code: AGUA_BOA });
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      adhered_on: '2026-11-24',
      document: 'Termo de adesão nº 1/2026',
      version: 1,
    });

    // A date after today: the server's sentence, in Portuguese; what was typed stays.
    await form.getByLabel('Município').selectOption({ label: 'Alto Boa Vista' });
    await form.getByLabel('Data de adesão').fill('2026-11-25');
    await form.getByLabel('Documento (opcional)').fill('Termo de adesão nº 2/2026');
    await form.getByRole('button', { name: 'Registrar adesão' }).click();
    const alert = form.getByRole('alert');
    await expect.poll(() => alert.innerText(), POLL).toContain('A adesão não foi registrada');
    expect(await alert.innerText()).toContain('A data de adesão (25/11/2026) não pode ser depois de hoje.');
    expect(await form.getByLabel('Município').inputValue()).toBe(ALTO_BOA_VISTA);
    expect(await form.getByLabel('Data de adesão').inputValue()).toBe('2026-11-25');
    expect(await form.getByLabel('Documento (opcional)').inputValue()).toBe('Termo de adesão nº 2/2026');
    expect(await count.innerText()).toBe('1 de 30 municípios (meta 2027)');
    expect(await server.db('planification_adhesions').where({ municipality_code: ALTO_BOA_VISTA })).toEqual(
      [],
    );

    // The macro's territory page says the same, and links back here.
    await openPage(page, `${server.url}/territorio/${LESTE}?ano=2026`);
    const card = page.locator('[data-testid="macro-planification-card"]');
    await expect.poll(() => card.innerText(), POLL).toContain('1 de 30 municípios (meta 2027)');
    expect(await card.innerText()).toContain('0/7 concluídas');
    await card.getByRole('link', { name: 'Abrir a planificação da macrorregião' }).click();
    await page.waitForURL((url) => url.search === `?macro=${LESTE}`);
    await expect.poll(() => count.innerText(), POLL).toBe('1 de 30 municípios (meta 2027)');

    expect(pageProblems).toEqual([]);
    await page.close();
  });
});
