/**
 * A coordenadoria brings closed years in as SES teams download them (issue 10): two TabNet files of
 * the whole state with years in the columns — ICSAP admissions, then all clinical admissions —
 * previewed with the unidentified-município rows counted apart, applied, and the year read on the
 * indicator page, equal to the files' município rows summed by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIR } from '../../server/app.ts';
import { formatFixed } from '../../shared/format.ts';
import { assertClientBuilt, launchBrowser, openPage, signedInPage } from '../helpers/browser.ts';
import { FIXTURES } from '../helpers/import-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const POLL = { timeout: 15_000 };
const NUMERATORS = 'tabnet-estado-icsap-anos-latin1.csv';
const DENOMINATORS = 'tabnet-estado-internacoes-clinicas-anos-latin1.csv';

let server: TestServer;
let browser: Browser;
let page: Page;
const pageProblems: string[] = [];

/** The 2021 column of the município rows ("510340 CUIABA"), as read in Notepad; `-` is zero. */
function sum2021(name: string): number {
  const text = iconv.decode(fs.readFileSync(path.join(FIXTURES, name)), 'latin1');
  return text
    .split('\r\n')
    .flatMap((line) => {
      const match = /^"\d{6} [^"]+";([^;]+);([^;]+);/.exec(line);
      return match?.[2] ? [match[2] === '-' ? 0 : Number(match[2])] : [];
    })
    .reduce((sum, value) => sum + value, 0);
}

beforeAll(async () => {
  assertClientBuilt(CLIENT_DIR);
  server = await startTestServer({ seedExampleData: true });
  browser = await launchBrowser();
  page = await signedInPage(browser, {
    baseUrl: server.url,
    username: 'coap',
    path: '/importar',
    pageProblems,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function importYears(file: string, content: 'Numeradores' | 'Denominadores') {
  await page.getByLabel('Exportação do TabNet (CSV)').check();
  await page.getByLabel('Indicador que o arquivo alimenta').selectOption('713');
  await page.getByLabel(content).check();
  await page.getByLabel('Arquivo', { exact: true }).setInputFiles(path.join(FIXTURES, file));
  await page.getByRole('button', { name: 'Pré-visualizar' }).click();
  const apply = page.getByRole('button', { name: 'Aplicar importação' });
  await apply.waitFor(POLL);
  // The unidentified row is counted apart, and enters no territory.
  await expect
    .poll(() => page.getByTestId('import-unidentified').innerText(), POLL)
    .toMatch(/^1 linha sem município \(somando \d+ no arquivo\): não entra em nenhum território/);
  await apply.click();
  await expect.poll(() => page.locator('main').innerText(), POLL).toMatch(/Importação aplicada/);
}

describe('importar anos fechados do TabNet', () => {
  it('a coordenadoria imports ICSAP and clinical admissions by year and reads 2021 on the indicator page', async () => {
    // Numerators first: a yearly value waits for its denominator, nothing changes on the page yet.
    await importYears(NUMERATORS, 'Numeradores');
    await page.getByRole('button', { name: 'Importar outro arquivo' }).click();
    await importYears(DENOMINATORS, 'Denominadores');

    const expected = (sum2021(NUMERATORS) / sum2021(DENOMINATORS)) * 100;
    await openPage(page, `${server.url}/indicador/713?ano=2021`);
    const card = page.locator('.state-figure');
    await expect.poll(() => card.innerText(), POLL).toContain(formatFixed(expected, 2));
    // The sheet tells where the data come from.
    await expect.poll(() => page.getByText('Como atualizar').count(), POLL).toBeGreaterThan(0);
    expect(pageProblems).toEqual([]);
  });
});
