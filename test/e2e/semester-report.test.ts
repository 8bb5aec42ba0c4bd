/**
 * The semester report in Chromium: a coordenadoria opens the report (the last closed semester,
 * 2026-S1), writes its text for an objective, meets a conflict (the superintendência saved in
 * between) without losing what it typed, saves again; the superintendência prints the report (A4 PDF).
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_DIR } from '../../server/app.ts';
import { assertClientBuilt, launchBrowser, signedInPage } from '../helpers/browser.ts';
import { logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

const POLL = { timeout: 15_000 };
const COAP_TEXT = 'Estratificação de risco da linha materno-infantil iniciada em duas macrorregiões.';
const OTHER_TEXT = 'Texto salvo pela superintendência enquanto a COAP escrevia.';

let server: TestServer;
let browser: Browser;
const pageProblems: string[] = [];

const openAs = (username: string, path: string, landsOn: RegExp) =>
  signedInPage(browser, { baseUrl: server.url, username, path, pageProblems, landsOn });

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

/** The COAP's first text of objective 3 in 2026-S1, saved by `username` straight through tRPC. */
async function saveCoapText(username: string, progress: string) {
  const client = trpcAs(server.url, await logInAs(server, username));
  await client.report.saveNarrative.mutate({
    semester: '2026-S1',
    objectiveCode: '3',
    coordinationCode: 'COAP',
    progress,
    difficulties: null,
    relation: null,
    version: null,
  });
}

describe('relatório semestral', () => {
  it('a coordenadoria writes its text, keeps it through a conflict and saves it', async () => {
    const page = await openAs('coap', '/relatorios/semestral', /\/relatorios\/semestral\/2026-S1$/);
    const objective = page.getByTestId('objetivo-3');
    await objective.getByRole('button', { name: 'Escrever o texto da COAP' }).click();
    const form = page.getByRole('form', { name: 'Texto da COAP para o objetivo 3' });
    const progress = form.getByLabel(/a\) Comentar sobre o progresso/);
    await progress.fill(COAP_TEXT);
    // Only its own coordenadoria is offered: no button for the CAS in the same objective.
    expect(await objective.getByRole('button', { name: 'Escrever o texto da CAS' }).count()).toBe(0);

    await saveCoapText('superintendencia', OTHER_TEXT);
    await form.getByRole('button', { name: 'Salvar texto da COAP' }).click();
    await expect
      .poll(() => form.getByRole('alert').allInnerTexts(), POLL)
      .toEqual([expect.stringMatching(/Superintendência SAS \(demonstração\) salvou o texto da COAP/)]);
    expect(await progress.inputValue()).toBe(COAP_TEXT);
    const section = page.locator('section[aria-labelledby="narrativa-3-COAP"]');
    await expect.poll(() => section.innerText(), POLL).toContain(OTHER_TEXT);

    await form.getByRole('button', { name: 'Salvar texto da COAP' }).click();
    await expect.poll(() => section.getByRole('status').allInnerTexts(), POLL).toContain('Texto salvo.');
    const row = await server
      .db('semester_narratives')
      .where({ semester: '2026-S1', objective_code: '3', coordination_code: 'COAP' })
      .first();
    expect(row).toMatchObject({ progress_text: COAP_TEXT, version: 2 });
    await page.context().close();
  });

  it('the superintendência prints the report on A4', async () => {
    await saveCoapText('coap', COAP_TEXT);
    const page = await openAs(
      'superintendencia',
      '/relatorios/semestral/2026-S1/imprimir',
      /\/relatorios\/semestral\/2026-S1\/imprimir$/,
    );
    const body = page.locator('body');
    await expect.poll(() => body.innerText(), POLL).toContain(COAP_TEXT);
    const text = await body.innerText();
    expect(text).toContain('Relatório semestral por objetivo — 1º semestre de 2026');
    expect(text).toContain('1º SEMESTRE DE 2026');
    expect(text).toContain('a) Comentar sobre o progresso das ações programadas no plano de ação');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    // A4 is 595 × 842 points.
    expect(pdf.toString('latin1')).toMatch(/MediaBox \[0 0 595(\.\d+)? 842(\.\d+)?\]/);
    expect(pageProblems).toEqual([]);
  });
});
