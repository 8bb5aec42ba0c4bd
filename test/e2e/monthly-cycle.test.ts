/**
 * The monthly PDCA cycle in Chromium: a coordenadoria records its month with a não conformidade;
 * the superintendência opens the reunião de condução, finds it in the pack, records a
 * deliberation, closes the meeting and prints the ata (A4 PDF).
 */

import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_DIR } from '../../server/app.ts';
import { listActionRecords } from '../../server/db/repositories/action-plan-repository.ts';
import { assertClientBuilt, launchBrowser, openPage, signedInPage } from '../helpers/browser.ts';
import { pdfPages } from '../helpers/pdf-text.ts';
import { logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

const POLL = { timeout: 15_000 };
const NON_CONFORMITY = 'Tutores da etapa 2 da Macro Oeste sem contrato assinado.';
const DELIBERATION = 'Assinar os contratos dos tutores da Macro Oeste e remarcar a oficina.';

let server: TestServer;
let browser: Browser;
const pageProblems: string[] = [];

const openAs = (username: string, path: string) =>
  signedInPage(browser, { baseUrl: server.url, username, path, pageProblems });

beforeAll(async () => {
  assertClientBuilt(CLIENT_DIR);
  browser = await launchBrowser();
});

// A fresh database per test: each journey starts from the example data alone.
beforeEach(async () => {
  server = await startTestServer({ seedExampleData: true });
});

afterEach(async () => {
  await server.stop();
});

afterAll(async () => {
  await browser?.close();
});

describe('ciclo mensal do plano de ação', () => {
  it('a coordenadoria records November with a não conformidade', async () => {
    const page = await openAs('coap', '/acoes/4.5.2');
    await page.getByLabel('Mês de referência').fill('2026-11');
    await page.getByLabel('Situação', { exact: true }).selectOption({ label: 'Em andamento' });
    await page.getByLabel('% executado (opcional)').fill('55');
    await page.getByLabel('O que foi feito').fill('Etapa preparatória pactuada com os ERS da Macro Oeste.');
    await page.getByLabel('Houve não conformidade').check();
    // Bad input first: the non-conformity needs its corrective measure.
    await page.getByLabel('Descrição (obrigatória)').fill(NON_CONFORMITY);
    await page.getByRole('button', { name: 'Salvar registro de nov/2026' }).click();
    await expect.poll(() => page.locator('form').innerText(), POLL).toMatch(/medida corretiva/i);
    expect(
      await server.db('monitoring_records').where({ action_code: '4.5.2', reference_month: '2026-11' }),
    ).toEqual([]);

    await page
      .getByLabel('Medida corretiva (obrigatória)')
      .fill('Assinar os contratos e remarcar a oficina.');
    await page.getByLabel('Responsável pela medida (obrigatório)').fill('COAP — Coordenação do GTE');
    await page.getByLabel('Novo prazo (obrigatório)').fill('2026-12-15');
    await page.getByRole('button', { name: 'Salvar registro de nov/2026' }).click();
    await expect.poll(() => page.getByRole('status').allInnerTexts(), POLL).toContain('Registro salvo.');
    await expect.poll(() => page.locator('main').innerText(), POLL).toContain(NON_CONFORMITY);
    const saved = (await listActionRecords(server.db, '4.5.2')).filter(
      (record) => record.referenceMonth === '2026-11',
    );
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      nonConformity: { correctiveDeadline: '2026-12-15' },
      percentDone: 55,
    });
    await page.context().close();
  });

  it('the superintendência sees it on the pack, deliberates, closes the meeting and prints the ata', async () => {
    // COAP's November record of 4.5.2, as the first journey types it.
    const coap = trpcAs(server.url, await logInAs(server, 'coap'));
    const [latest] = (await coap.actionPlan.action.query({ code: '4.5.2' })).history;
    await coap.actionPlan.record.mutate({
      code: '4.5.2',
      basedOnRecordId: latest?.id ?? null,
      referenceMonth: '2026-11',
      status: 'in_progress',
      percentDone: 55,
      doneText: 'Etapa preparatória pactuada com os ERS da Macro Oeste.',
      difficulties: null,
      evidenceLinks: [],
      nonConformity: {
        description: NON_CONFORMITY,
        cause: null,
        correctiveAction: 'Assinar os contratos e remarcar a oficina.',
        correctiveOwner: 'COAP — Coordenação do GTE',
        correctiveDeadline: '2026-12-15',
      },
    });
    const page = await openAs('superintendencia', '/reunioes');
    await page.getByRole('link', { name: /Abrir a pauta da reunião/ }).click();
    await page.waitForURL(/\/reunioes\/2026-11$/);
    const nonConformities = page
      .locator('section', { hasText: 'Não conformidades desde a última reunião' })
      .first();
    await expect.poll(() => nonConformities.innerText(), POLL).toContain(NON_CONFORMITY);

    const form = page.getByRole('form', { name: 'Registrar deliberação' });
    await form.getByLabel('O quê').fill(DELIBERATION);
    await form.getByLabel('Responsável: coordenadoria').selectOption('COAP');
    await form.getByLabel('Prazo (opcional)').fill('2026-12-10');
    await form.getByRole('button', { name: 'Registrar deliberação' }).click();
    const thisMeeting = page.locator('section', { hasText: 'Deliberações desta reunião' }).first();
    await expect.poll(() => thisMeeting.innerText(), POLL).toContain(DELIBERATION);
    // The coordenadoria answering for it is read by its name, not by the plan's code.
    expect(await thisMeeting.innerText()).toContain('Coordenadoria de Atenção Primária');

    await page.getByRole('button', { name: 'Encerrar reunião…' }).click();
    // The meeting reviewed October: closing it offers to close October's data, ticked.
    expect(await page.getByLabel('Fechar os dados de out/2026').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Confirmar encerramento' }).click();
    await expect.poll(() => page.locator('main').innerText(), POLL).toContain('Reunião encerrada.');
    const meeting = await server.db('meetings').where({ month: '2026-11' }).first();
    expect(meeting.closed_at).not.toBeNull();

    // October is closed for typing: the grid shows it read-only and says why.
    const grid = await openAs('coap', '/digitar?indicador=713&ano=2026');
    const octoberCell = grid.getByLabel('Cuiabá, out/2026, numerador');
    await octoberCell.waitFor(POLL);
    expect(await octoberCell.getAttribute('readonly')).not.toBeNull();
    expect(await grid.locator('td', { has: octoberCell }).getAttribute('title')).toMatch(
      /^Mês fechado: o período é out\/2026, fechado na reunião de condução por Superintendência SAS/,
    );
    await grid.close();

    await openPage(page, `${server.url}/reunioes/2026-11/ata`);
    const minutes = page.locator('body');
    await expect.poll(() => minutes.innerText(), POLL).toContain(DELIBERATION);
    const text = await minutes.innerText();
    expect(text).toContain('Ata da Reunião de Condução');
    expect(text).toContain(NON_CONFORMITY);
    expect(text).not.toContain('RASCUNHO');
    // Coordenadorias by their names in the frozen ata (the deliberation's and the actions' owners).
    expect(text).toContain('Coordenadoria de Atenção Primária');
    expect(text).not.toMatch(/\b(SUPERINTENDENCIA|SAUDE-BUCAL|CONSORCIOS|TELESSAUDE)\b/);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    // Every page says which it is; the closing and the signatures end the last section's page, never alone.
    const pages = await pdfPages(pdf);
    pages.forEach((text, index) => {
      expect(text, `página ${index + 1}`).toContain(`página ${index + 1} de ${pages.length}`);
    });
    const last = pages.at(-1) ?? '';
    expect(last).toContain('Nada mais havendo a tratar');
    expect(last.slice(0, last.indexOf('Nada mais havendo'))).toMatch(/Deliberação|Responsável|Prazo/);
    // A4 is 595 × 842 points.
    expect(pdf.toString('latin1')).toMatch(/MediaBox \[0 0 595(\.\d+)? 842(\.\d+)?\]/);
    expect(pageProblems).toEqual([]);
  });

  it('shows a month never held, or not open yet, as read-only with the reason', async () => {
    const page = await openAs('superintendencia', '/reunioes/2025-06');
    const notice = page.locator('.meeting-closed-month');
    await expect
      .poll(() => notice.innerText(), POLL)
      .toMatch(/^Reunião não realizada: a reunião de out\/2026/);
    expect(await page.locator('.meeting-state').innerText()).toBe('Reunião não realizada');
    expect(await page.getByRole('button', { name: /Encerrar reunião/ }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Registrar deliberação/encaminhamento' }).count()).toBe(0);

    await openPage(page, `${server.url}/reunioes/2027-03`);
    await expect.poll(() => notice.innerText(), POLL).toMatch(/^Reunião ainda não aberta/);
    // A month that is not held owes no analysis.
    expect(await page.locator('.analysis-missing').count()).toBe(0);
    expect(await page.locator('.meeting-state').innerText()).toBe('Ainda não aberta');
    // Only the date may be set ahead.
    expect(await page.getByRole('heading', { name: 'Data e participantes' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /Encerrar reunião/ }).count()).toBe(0);
    expect(pageProblems).toEqual([]);
  });
});
