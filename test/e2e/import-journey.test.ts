/**
 * A coordenadoria user imports a file: sees the preview, applies it, and finds the new value on the
 * indicator page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIR } from '../../server/app.ts';
import { formatNumber } from '../../shared/format.ts';
import { assertClientBuilt, launchBrowser, openPage, waitUntilInteractive } from '../helpers/browser.ts';
import { demoPassword, getJson, startTestServer, type TestServer } from '../helpers/test-server.ts';

const POLL = { timeout: 15_000 };

let server: TestServer;
let browser: Browser;
let page: Page;

type Figure = { territoryCode: string; numerator: number };

async function cuiabaNumerator(): Promise<number> {
  const { body } = await getJson<Figure[]>(
    server,
    '/api/v1/indicators/713/values?level=municipality&year=2025',
  );
  return body.find((figure) => figure.territoryCode === '5103403')?.numerator ?? Number.NaN;
}

beforeAll(async () => {
  assertClientBuilt(CLIENT_DIR);
  server = await startTestServer({ seedExampleData: true });
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'pt-BR' });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('importar um arquivo', () => {
  it('a coordenadoria previews, applies and finds the value on the indicator page', async () => {
    const before = await cuiabaNumerator();
    const march = await server
      .db('data_values')
      .where({ indicator_code: '713', territory_code: '5103403', period: '2025-03' })
      .first();
    const expected = before - march.numerator + 999;

    await openPage(page, `${server.url}/importar`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('Usuário').fill('coap');
    await page.getByLabel('Senha').fill(demoPassword('coap'));
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.waitForURL(/\/importar$/);
    await waitUntilInteractive(page);

    await page.getByLabel('Modelo do painel (CSV ou XLSX)').check();
    await page.getByLabel('Arquivo').setInputFiles({
      name: 'icsaps-cuiaba.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'indicador;ibge;periodo;numerador;denominador\n713;510340;2025-03;999;1.998\n',
        'utf8',
      ),
    });
    await page.getByRole('button', { name: 'Pré-visualizar' }).click();
    const apply = page.getByRole('button', { name: 'Aplicar importação' });
    await apply.waitFor(POLL);
    // The preview changed nothing yet.
    expect(await cuiabaNumerator()).toBe(before);
    await apply.click();
    await expect
      .poll(() => page.locator('main').innerText(), POLL)
      .toMatch(/Importação aplicada: 1 valor gravado/);
    expect(await cuiabaNumerator()).toBe(expected);

    await openPage(page, `${server.url}/indicador/713?ano=2025`);
    await page.getByLabel('Buscar município').fill('Cuiabá');
    const row = page.locator('tr', { hasText: 'Cuiabá' }).last();
    await expect.poll(() => row.innerText(), POLL).toContain(formatNumber(expected, 0));
  });
});
