/**
 * The month of data, checked and closed (issue 11): a coordenadoria imports a file with one unusual
 * value, justifies it and marks October as conferido; the superintendência sees October checked on the
 * pack and closes the meeting with October's data; a later edit of October is refused on the grid,
 * saying who closed it. The clock is 24/11/2026.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIR } from '../../server/app.ts';
import { saveDataValues } from '../../server/services/data-values.ts';
import { assertClientBuilt, launchBrowser, openPage, signedInPage } from '../helpers/browser.ts';
import { indicatorsByCode, rawValue } from '../helpers/raw-values.ts';
import { FROZEN_NOW, startTestServer, type TestServer } from '../helpers/test-server.ts';

const POLL = { timeout: 15_000 };
const CUIABA = '5103403';
const JUSTIFICATION = 'Surto de dengue em outubro: internações conferidas no SIH';

let server: TestServer;
let browser: Browser;
const pageProblems: string[] = [];
const openAs = (username: string, path: string) =>
  signedInPage(browser, { baseUrl: server.url, username, path, pageProblems });

beforeAll(async () => {
  assertClientBuilt(CLIENT_DIR);
  server = await startTestServer({ seedExampleData: false });
  // Cuiabá's ICSAPS ran at about 20 % from October 2025 to September 2026.
  const history = [198, 205, 201, 195, 210, 199, 203, 197, 206, 200, 202, 204].map((numerator, index) => {
    const month = (index + 9) % 12;
    const year = index < 3 ? 2025 : 2026;
    return rawValue('713', CUIABA, `${year}-${String(month + 1).padStart(2, '0')}`, numerator, 1000);
  });
  await saveDataValues(server.db, history, await indicatorsByCode(server.db), FROZEN_NOW);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('o mês conferido e fechado', () => {
  it('goes from an unusual value to a closed month', async () => {
    const importing = await openAs('coap', '/importar');
    await importing.getByLabel('Arquivo', { exact: true }).setInputFiles({
      name: 'outubro.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'indicador;ibge;periodo;numerador;denominador\n713;510340;2026-10;600;1.000\n',
        'utf8',
      ),
    });
    await importing.getByRole('button', { name: 'Pré-visualizar' }).click();
    await expect
      .poll(() => importing.getByTestId('import-unusual').innerText(), POLL)
      .toMatch(/Linha 2, coluna periodo: Cuiabá em out\/2026: O valor 60 está longe do habitual/);
    const apply = importing.getByRole('button', { name: 'Aplicar importação' });
    expect(await apply.isDisabled()).toBe(true);
    await importing.getByLabel(/^Justificativa \(1 valor fora do habitual/).fill(JUSTIFICATION);
    await apply.click();
    await expect.poll(() => importing.locator('main').innerText(), POLL).toMatch(/Importação aplicada/);
    const stored = await server
      .db('data_values')
      .where({ indicator_code: '713', territory_code: CUIABA, period: '2026-10' })
      .first();
    expect(stored.justification).toBe(JUSTIFICATION);

    await openPage(importing, `${server.url}/indicador/713?ano=2026`);
    await importing.getByRole('button', { name: 'Marcar out/2026 como conferido' }).click();
    await expect
      .poll(() => importing.getByTestId('data-check-status').innerText(), POLL)
      .toMatch(/^out\/2026 conferido por Coordenadoria de Atenção Primária/);
    await importing.close();

    const meeting = await openAs('superintendencia', '/reunioes/2026-11');
    const unchecked = meeting.locator('#conferencia');
    await unchecked.waitFor(POLL);
    expect(await unchecked.innerText()).not.toMatch(/713 —/);
    await meeting.getByRole('button', { name: 'Encerrar reunião…' }).click();
    expect(await meeting.getByLabel('Fechar os dados de out/2026').isChecked()).toBe(true);
    await meeting.getByRole('button', { name: 'Confirmar encerramento' }).click();
    await expect.poll(() => meeting.locator('main').innerText(), POLL).toContain('Reunião encerrada.');
    await meeting.close();

    const grid = await openAs('coap', '/digitar?indicador=713&ano=2026');
    const october = grid.getByLabel('Cuiabá, out/2026, numerador');
    await october.waitFor(POLL);
    expect(await october.getAttribute('readonly')).not.toBeNull();
    expect(await grid.locator('td', { has: october }).getAttribute('title')).toMatch(
      /^Mês fechado: o período é out\/2026, fechado na reunião de condução por Superintendência SAS/,
    );
    expect(pageProblems).toEqual([]);
  });
});
