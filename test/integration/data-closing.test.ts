/**
 * Months closed at the reunião de condução (issue 11, item 5), through HTTP and a real SQLite file.
 * The clock is 24/11/2026: the November meeting (3/11) reviews October and may close it; a closed
 * month refuses the grid, imports, the command line and the planificação records that would change
 * a value; only the administrator reopens it, with a reason, audited.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeProblem } from '../../shared/import/problems.ts';
import { databaseSnapshot, importFile } from '../helpers/import-client.ts';
import { runImportCli } from '../helpers/scripts.ts';
import { logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

const CUIABA = '5103403';

let server: TestServer;
let superintendence: ReturnType<typeof trpcAs>;
let coap: ReturnType<typeof trpcAs>;
let admin: ReturnType<typeof trpcAs>;
let coapCookie: string;

const cell = (period: string, numerator: number, expectedVersion: number | null = null) => ({
  territoryCode: CUIABA,
  period,
  numerator,
  denominator: 1000,
  expectedVersion,
});

describe('closing the month with the meeting', () => {
  // A fresh database per test, with October 2026 closed at the November meeting.
  beforeEach(async () => {
    server = await startTestServer({ seedExampleData: false });
    superintendence = trpcAs(server.url, await logInAs(server, 'superintendencia'));
    coapCookie = await logInAs(server, 'coap');
    coap = trpcAs(server.url, coapCookie);
    admin = trpcAs(server.url, server.adminCookie);
    await coap.dataEntry.save.mutate({ code: '713', cells: [cell('2026-10', 150)] });
    const { closableMonths, meeting } = await superintendence.meeting.get.query({ month: '2026-11' });
    // Nothing was closed before: January to October of the reviewed year are offered.
    expect(closableMonths).toEqual(
      Array.from({ length: 10 }, (_, index) => `2026-${String(index + 1).padStart(2, '0')}`),
    );
    await superintendence.meeting.close.mutate({
      month: '2026-11',
      version: meeting.version,
      closeMonths: ['2026-10'],
    });
  });

  afterEach(async () => {
    await server.stop();
  });

  it('closes only months the meeting reviewed', async () => {
    await expect(
      superintendence.meeting.close.mutate({ month: '2026-12', version: null, closeMonths: ['2026-12'] }),
    ).rejects.toThrow(/fecha só os meses que revisou: dez\/2026 não pode ser fechado por ela/);
  });

  it('the grid refuses a change of a closed month, naming it and who closed it, and keeps the other months open', async () => {
    await expect(
      coap.dataEntry.save.mutate({ code: '713', cells: [cell('2026-10', 151, 1)] }),
    ).rejects.toThrow(
      /Nada foi salvo: 713 em out\/2026\. Mês fechado: o período é out\/2026, fechado na reunião de condução por Superintendência SAS \(demonstração\) em 24\/11\/2026/,
    );
    // Clearing the cell is a change too.
    await expect(
      coap.dataEntry.save.mutate({
        code: '713',
        cells: [
          {
            territoryCode: CUIABA,
            period: '2026-10',
            numerator: null,
            denominator: null,
            expectedVersion: 1,
          },
        ],
      }),
    ).rejects.toThrow(/Mês fechado/);
    const grid = await coap.dataEntry.grid.query({ code: '713', year: 2026 });
    expect(Object.keys(grid.closedPeriods)).toEqual(['2026-10']);
    await expect(
      coap.dataEntry.save.mutate({ code: '713', cells: [cell('2026-11', 140)] }),
    ).resolves.toMatchObject({
      changed: 1,
    });
  });

  it('an import touching a closed month is refused whole, and so is the command line', async () => {
    const before = await databaseSnapshot(server.db);
    const text = [
      'indicador;ibge;periodo;numerador;denominador',
      '713;510340;2026-09;10;100',
      '713;510340;2026-10;99;1000',
    ].join('\n');
    const result = await importFile(
      server.url,
      coapCookie,
      { name: 'outubro.csv', bytes: new TextEncoder().encode(text) },
      { formato: 'modelo', aplicar: 'sim' },
    );
    expect(result.job?.report?.problems.map(describeProblem)).toEqual([
      expect.stringMatching(
        /^Linha 3, coluna periodo: mês fechado: o período é out\/2026, fechado na reunião de condução/,
      ),
    ]);
    const file = path.join(server.dir, 'outubro.csv');
    fs.writeFileSync(file, text);
    const run = runImportCli(server, [file]);
    await expect(run).rejects.toMatchObject({ code: 1 });
    expect(await databaseSnapshot(server.db)).toBe(before);
  });

  it('only the administrator reopens, with a reason, from the current version; then the month takes changes again', async () => {
    const [october] = (await coap.dataCycle.list.query()).filter((closure) => closure.month === '2026-10');
    expect(october).toMatchObject({ isClosed: true, meetingMonth: '2026-11', version: 1 });
    await expect(
      superintendence.dataCycle.reopen.mutate({ month: '2026-10', version: 1, reason: 'correção do SIH' }),
    ).rejects.toThrow(/administrador/);
    await expect(
      admin.dataCycle.reopen.mutate({ month: '2026-10', version: 1, reason: '  ' }),
    ).rejects.toThrow(/Diga o motivo da reabertura/);
    await expect(
      admin.dataCycle.reopen.mutate({ month: '2026-10', version: 7, reason: 'x' }),
    ).rejects.toThrow(/mudou depois que você abriu a página/);
    await admin.dataCycle.reopen.mutate({
      month: '2026-10',
      version: 1,
      reason: 'Reprocessamento do SIH de outubro',
    });
    expect((await coap.dataCycle.list.query()).find((closure) => closure.month === '2026-10')).toMatchObject({
      isClosed: false,
      reopenReason: 'Reprocessamento do SIH de outubro',
      reopenedByName: expect.stringMatching(/Administrador/),
    });
    const audit = await server.db('audit_log').where({ entity: 'mes', entity_key: '2026-10' }).orderBy('id');
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['mês fechado', 'mês reaberto']);
    await expect(
      coap.dataEntry.save.mutate({ code: '713', cells: [cell('2026-10', 151, 1)] }),
    ).resolves.toMatchObject({
      changed: 1,
    });
  });
});

describe('a closed December holds the yearly values, planificação records included', () => {
  let january: TestServer;

  beforeAll(async () => {
    january = await startTestServer({ seedExampleData: false });
    const runner = trpcAs(january.url, await logInAs(january, 'superintendencia'));
    // Acorizal adhered in 2024: the planificação values of 2024 and 2025 exist.
    await runner.planification.saveAdhesion.mutate({
      municipalityCode: '5100102',
      adheredOn: '2024-05-02',
      withdrawnOn: null,
      document: null,
      expectedVersion: null,
    });
    // The January meeting reviews December 2025 and closes it.
    const { closableMonths } = await runner.meeting.get.query({ month: '2026-01' });
    expect(closableMonths).toContain('2025-12');
    await runner.meeting.close.mutate({ month: '2026-01', version: null, closeMonths: ['2025-12'] });
  });

  afterAll(async () => {
    await january?.stop();
  });

  it('refuses an adhesion dated in 2025, which would change PLAN-MUN 2025, and keeps 2026 open', async () => {
    const coapOf = trpcAs(january.url, await logInAs(january, 'coap'));
    await expect(
      coapOf.planification.saveAdhesion.mutate({
        municipalityCode: CUIABA,
        adheredOn: '2025-06-10',
        withdrawnOn: null,
        document: null,
        expectedVersion: null,
      }),
    ).rejects.toThrow(/PLAN-MUN em 2025\. Mês fechado: o período é dez\/2025/);
    await coapOf.planification.saveAdhesion.mutate({
      municipalityCode: CUIABA,
      adheredOn: '2026-06-10',
      withdrawnOn: null,
      document: null,
      expectedVersion: null,
    });
    const plan = await coapOf.planification.view.query();
    const baixada = plan.macros.find((macro) => macro.code === '5105');
    expect(baixada?.adhesions.map((adhesion) => adhesion.municipalityName)).toContain('Cuiabá');
  });
});
