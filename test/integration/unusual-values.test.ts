/**
 * Unusual values (issue 11, item 2) through HTTP and SQLite: flagged, not refused — saved only with a
 * justification, which stays with the value, in its history and in the audit log. Cuiabá's ICSAPS
 * ran at about 20 % of 1.000 admissions a month in 2025; 60 % in January 2026 is far from it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveDataValues } from '../../server/services/data-values.ts';
import { databaseSnapshot, importFile } from '../helpers/import-client.ts';
import { indicatorsByCode, rawValue } from '../helpers/raw-values.ts';
import { runImportCli } from '../helpers/scripts.ts';
import { FROZEN_NOW, logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

const CUIABA = '5103403';
const STEADY = [198, 205, 201, 195, 210, 199, 203, 197, 206, 200, 202, 204];

let server: TestServer;
let coap: ReturnType<typeof trpcAs>;
let coapCookie: string;

beforeAll(async () => {
  server = await startTestServer({ seedExampleData: false });
  coapCookie = await logInAs(server, 'coap');
  coap = trpcAs(server.url, coapCookie);
  await saveDataValues(
    server.db,
    STEADY.map((numerator, index) =>
      rawValue('713', CUIABA, `2025-${String(index + 1).padStart(2, '0')}`, numerator, 1000),
    ),
    await indicatorsByCode(server.db),
    FROZEN_NOW,
  );
});

afterAll(async () => {
  await server.stop();
});

const spike = (period: string) => ({
  territoryCode: CUIABA,
  period,
  numerator: 600,
  denominator: 1000,
  expectedVersion: null,
});

describe('the grid', () => {
  it('refuses an unusual value without a justification, naming it, and saves it with one', async () => {
    const before = await databaseSnapshot(server.db);
    await expect(coap.dataEntry.save.mutate({ code: '713', cells: [spike('2026-01')] })).rejects.toThrow(
      /^Nada foi salvo: um valor está fora do habitual\. Cuiabá em jan\/2026: O valor 60 está longe do habitual deste território \(mediana de 20,1/,
    );
    expect(await databaseSnapshot(server.db)).toBe(before);
    // An ordinary month needs none.
    await coap.dataEntry.save.mutate({
      code: '713',
      cells: [
        {
          territoryCode: CUIABA,
          period: '2026-02',
          numerator: 202,
          denominator: 1000,
          expectedVersion: null,
        },
      ],
    });
    await coap.dataEntry.save.mutate({
      code: '713',
      cells: [spike('2026-01')],
      justification: 'Surto de dengue: internações conferidas no SIH',
    });
    const stored = await server
      .db('data_values')
      .where({ indicator_code: '713', territory_code: CUIABA, period: '2026-01' })
      .first();
    expect(stored.justification).toBe('Surto de dengue: internações conferidas no SIH');
    const history = await coap.dataEntry.history.query({
      code: '713',
      territoryCode: CUIABA,
      period: '2026-01',
    });
    expect(history[0]?.after).toMatchObject({
      justificativa: 'Surto de dengue: internações conferidas no SIH',
    });
  });
});

describe('imports', () => {
  const file = (period: string) =>
    new TextEncoder().encode(`indicador;ibge;periodo;numerador;denominador\n713;510340;${period};600;1000\n`);

  it('list unusual values in the preview and apply them only with a justification', async () => {
    const preview = await importFile(
      server.url,
      coapCookie,
      { name: 'pico.csv', bytes: file('2026-03') },
      { formato: 'modelo' },
    );
    expect(preview.job?.report).toMatchObject({ problemCount: 0, unusualCount: 1 });
    expect(preview.job?.report?.unusual[0]).toMatchObject({ line: 2, column: 'periodo' });
    const before = await databaseSnapshot(server.db);
    const refused = await importFile(
      server.url,
      coapCookie,
      { name: 'pico.csv', bytes: file('2026-03') },
      { formato: 'modelo', aplicar: 'sim' },
    );
    expect(refused.job?.report?.isApplied).toBe(false);
    expect(refused.job?.report?.problems[0]?.reason).toMatch(
      /^um valor está fora do habitual \(listados abaixo\)/,
    );
    expect(await databaseSnapshot(server.db)).toBe(before);
    const applied = await importFile(
      server.url,
      coapCookie,
      { name: 'pico.csv', bytes: file('2026-03') },
      { formato: 'modelo', aplicar: 'sim', justificativa: 'Reprocessamento do SIH' },
    );
    expect(applied.job?.report?.isApplied).toBe(true);
    const stored = await server
      .db('data_values')
      .where({ indicator_code: '713', territory_code: CUIABA, period: '2026-03' })
      .first();
    expect(stored.justification).toBe('Reprocessamento do SIH');
  });

  it('the command line asks for --justificativa', async () => {
    const csv = path.join(server.dir, 'pico-cli.csv');
    fs.writeFileSync(csv, file('2026-04'));
    const refused = runImportCli(server, [csv]);
    await expect(refused).rejects.toMatchObject({ code: 1 });
    const applied = await runImportCli(server, [csv, '--justificativa', 'Conferido']);
    expect(applied.stdout).toMatch(/Fora do habitual: Linha 2, coluna periodo: Cuiabá em abr\/2026/);
    expect(applied.stdout).toMatch(/Importação aplicada\./);
  });
});
