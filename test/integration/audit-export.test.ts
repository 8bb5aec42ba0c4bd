/**
 * The audit log's CSV and XLSX, through the real server: the administrator reads them as on the
 * page — Portuguese columns and labels, Mato Grosso time, statuses and people by name.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

let server: TestServer;

const HEADER = ['Quando (horário de Mato Grosso)', 'Quem', 'Ação', 'Item', 'Registro', 'O que mudou'];

beforeAll(async () => {
  server = await startTestServer({ seedExampleData: false });
  const coap = trpcAs(server.url, await logInAs(server, 'coap'));
  const record = {
    code: '4.1.2',
    referenceMonth: '2026-10',
    doneText: 'Oficina realizada com os ERS.',
    difficulties: null,
    evidenceLinks: [],
  };
  const first = await coap.actionPlan.record.mutate({
    ...record,
    basedOnRecordId: null,
    status: 'in_progress',
    percentDone: 40,
    nonConformity: {
      description: 'Oficina da Macro Norte adiada',
      cause: 'Falta de transporte',
      correctiveAction: 'Remarcar com o ERS',
      correctiveOwner: 'Ana',
      correctiveDeadline: '2026-12-15',
    },
  });
  await coap.actionPlan.record.mutate({
    ...record,
    basedOnRecordId: first.id,
    status: 'done',
    percentDone: 100,
    nonConformity: null,
  });
});

afterAll(async () => {
  await server.stop();
});

const download = (format: 'csv' | 'xlsx') =>
  fetch(`${server.url}/api/v1/audit?format=${format}&entity=acao`, {
    headers: { cookie: server.adminCookie },
  });

/**
 * The frozen clock is 24/11/2026 16:00 UTC: 12:00 in Mato Grosso. Files write it as Excel and
 * Power BI read it in any culture: `2026-11-24 12:00` in the CSV, a date-time cell in the XLSX.
 */
const MT_NOON_CSV = '2026-11-24 12:00';
const MT_NOON_CELL = '2026-11-24T12:00:00.000Z';

describe('the audit log download', () => {
  it('is a CSV in Portuguese, with Mato Grosso time and what changed in words', async () => {
    const response = await download('csv');
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toMatch(/not_started|in_progress|"status"|nonConformity|\{/);
    const [header, newest, oldest] = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header?.split(';')).toEqual(HEADER);
    const cells = (line: string | undefined) => (line ?? '').split(';');
    expect(cells(newest).slice(0, 5)).toEqual([
      MT_NOON_CSV,
      'Coordenadoria de Atenção Primária (demonstração) · usuário coap',
      'Registro de monitoramento',
      'Monitoramento de ação',
      '4.1.2',
    ]);
    // What changed against the previous record, one line per field.
    expect(newest).toContain('situação: Em andamento → Concluído');
    expect(newest).toContain('percentual executado: 40% → 100%');
    expect(oldest).toContain('mês de referência: out/2026');
    expect(text).toContain(
      'não conformidade: Oficina da Macro Norte adiada. Causa: Falta de transporte. Medida corretiva: Remarcar com o ERS, por Ana, até 15/12/2026.',
    );
  });

  it('is an XLSX with the same columns and words', async () => {
    const response = await download('xlsx');
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Auditoria');
    const row = (number: number) => ((sheet?.getRow(number).values ?? []) as unknown[]).slice(1);
    expect(row(1)).toEqual(HEADER);
    const newest = row(2);
    expect((newest[0] as Date).toISOString()).toBe(MT_NOON_CELL);
    expect(newest.slice(1, 5)).toEqual([
      'Coordenadoria de Atenção Primária (demonstração) · usuário coap',
      'Registro de monitoramento',
      'Monitoramento de ação',
      '4.1.2',
    ]);
    expect(String(newest[5]).split('\n')).toContain('situação: Em andamento → Concluído');
  });

  it('keeps the JSON for programs as stored, with its codes', async () => {
    const response = await fetch(`${server.url}/api/v1/audit?entity=acao`, {
      headers: { cookie: server.adminCookie },
    });
    const rows = (await response.json()) as { action: string; after: { status: string } }[];
    expect(rows.map((row) => [row.action, row.after.status])).toEqual([
      ['registro de monitoramento', 'done'],
      ['registro de monitoramento', 'in_progress'],
    ]);
  });
});
