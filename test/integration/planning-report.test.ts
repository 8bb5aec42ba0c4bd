/**
 * The RDQA (quadrimester) and RAG (year) through HTTP, on the example data; today is 24/11/2026, so
 * 2026-Q2 (May–Aug) is closed and 2026-Q3 runs. The figures are checked against the raw values of
 * the database summed here by hand, and the XLSX is read back cell by cell with its types.
 */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getJson, logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

let server: TestServer;
let superintendence: ReturnType<typeof trpcAs>;

beforeEach(async () => {
  server = await startTestServer({ seedExampleData: true });
  superintendence = trpcAs(server.url, await logInAs(server, 'superintendencia'));
});

afterEach(async () => {
  await server.stop();
});

type Report = Awaited<ReturnType<typeof superintendence.report.planning.query>>;

function indicatorOf(report: Report, code: string) {
  const indicator = report.objectives
    .flatMap((objective) => objective.indicators)
    .find((row) => row.code === code);
  if (!indicator) throw new Error(`indicador ${code} ausente do relatório`);
  return indicator;
}

/** ICSAPS (713): internações por condições sensíveis ÷ internações × 100, months summed, per município. */
async function rawSums(firstMonth: string, lastMonth: string) {
  const rows: { numerator: number | null; denominator: number | null }[] = await server
    .db('data_values')
    .where({ indicator_code: '713' })
    .whereBetween('period', [firstMonth, lastMonth])
    .whereRaw('length(period) = 7')
    .select('numerator', 'denominator');
  // A rate's month counts once both halves are there.
  const whole = rows.filter((row) => row.numerator !== null && row.denominator !== null);
  return {
    numerator: whole.reduce((sum, row) => sum + Number(row.numerator), 0),
    denominator: whole.reduce((sum, row) => sum + Number(row.denominator), 0),
  };
}

describe('relatório quadrimestral (RDQA)', () => {
  it('gives the quadrimester and the year so far as the raw values summed by hand', async () => {
    const report = await superintendence.report.planning.query({ kind: 'quadrimester', period: '2026-q2' });
    expect(report.period).toBe('2026-Q2');
    expect(report.label).toBe('2º quadrimestre de 2026');
    expect(report.state).toBe('closed');
    expect(report.situationDate).toBe('2026-08-31');
    // The RDQA of May–August is due at the end of September.
    expect(report.deliveryDeadline).toBe('2026-09-30');

    const icsaps = indicatorOf(report, '713');
    const period = icsaps.period;
    if (!period) throw new Error('713 é mensal: o quadrimestre deve ter resultado');
    expect(period.firstMonth).toBe('2026-05');
    const quadrimester = await rawSums(period.firstMonth, period.lastMonth);
    expect(quadrimester.denominator).toBeGreaterThan(0);
    expect(period.numerator).toBe(quadrimester.numerator);
    expect(period.denominator).toBe(quadrimester.denominator);
    expect(period.value).toBeCloseTo((100 * quadrimester.numerator) / quadrimester.denominator, 9);

    const yearSoFar = await rawSums('2026-01', icsaps.year.partialThrough ?? '2026-08');
    expect(icsaps.year.numerator).toBe(yearSoFar.numerator);
    expect(icsaps.year.denominator).toBe(yearSoFar.denominator);
    // Lower is better for ICSAPS: % of the target reached is target ÷ result × 100.
    if (icsaps.target === null || icsaps.year.value === null) throw new Error('713 tem meta e valor');
    expect(icsaps.achievementPct).toBeCloseTo((100 * icsaps.target) / icsaps.year.value, 9);
  });

  it('shows a value saved after the report was read on the very next read', async () => {
    const read = async () =>
      indicatorOf(
        await superintendence.report.planning.query({ kind: 'quadrimester', period: '2026-Q2' }),
        '713',
      );
    const before = await read();
    const cell = await server
      .db('data_values')
      .where({ indicator_code: '713', territory_code: '5103403', period: '2026-07' })
      .first();
    const coap = trpcAs(server.url, await logInAs(server, 'coap'));
    await coap.dataEntry.save.mutate({
      code: '713',
      cells: [
        {
          territoryCode: '5103403',
          period: '2026-07',
          numerator: Number(cell.numerator) + 1,
          denominator: Number(cell.denominator),
          expectedVersion: cell.version,
        },
      ],
    });
    const after = await read();
    expect(after.year.numerator).toBe(Number(before.year.numerator) + 1);
    const yearSoFar = await rawSums('2026-01', after.year.partialThrough ?? '2026-08');
    expect(after.year.numerator).toBe(yearSoFar.numerator);
  });

  it('offers the análise written in the quadrimester as its "análises e considerações"', async () => {
    await superintendence.analysis.write.mutate({
      code: '713',
      territoryCode: '51',
      month: '2026-07',
      explanation: 'As internações sensíveis caíram com a expansão das equipes.',
      response: 'Apoio às regiões com maior proporção.',
      actionCodes: [],
    });
    const report = await superintendence.report.planning.query({ kind: 'quadrimester', period: '2026-Q2' });
    expect(indicatorOf(report, '713').analysis?.text).toBe(
      'As internações sensíveis caíram com a expansão das equipes. O que está sendo feito: Apoio às regiões com maior proporção.',
    );
    const later = await superintendence.report.planning.query({ kind: 'quadrimester', period: '2026-Q1' });
    expect(indicatorOf(later, '713').analysis).toBeNull();
  });

  it('writes an XLSX a planning team copies into DGMP: dates are dates, values numbers, codes text', async () => {
    const report = await superintendence.report.planning.query({ kind: 'quadrimester', period: '2026-Q2' });
    const icsaps = indicatorOf(report, '713');
    const response = await fetch(`${server.url}/api/v1/reports/quadrimestral/2026-Q2.xlsx`, {
      headers: { cookie: server.adminCookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('relatorio-quadrimestral-2026-Q2.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('RDQA 2026-Q2');
    if (!sheet) throw new Error('planilha RDQA ausente');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = (name: string) => header.indexOf(name) + 1;
    const rowOf = (code: string) => {
      let found = 0;
      sheet.eachRow((candidate, number) => {
        if (candidate.getCell(column('Código do indicador')).value === code) found = number;
      });
      return sheet.getRow(found);
    };
    // 714 serves the plan's goal M1: its line carries the goal's number and text, as DGMP asks.
    const goal = report.objectives.flatMap((objective) => objective.goals).find((item) => item.code === 'M1');
    expect(rowOf('714').getCell(column('Nº da meta')).value).toBe('M1');
    expect(rowOf('714').getCell(column('Descrição da Meta')).value).toBe(goal?.text);
    const cell = (name: string) => rowOf('713').getCell(column(name));
    expect(cell('Resultado do Quadrimestre').value).toBeCloseTo(icsaps.period?.value ?? Number.NaN, 9);
    expect(cell('Resultado do Quadrimestre').numFmt).toBe('#,##0.00');
    expect((cell('Quadrimestre: de').value as Date).toISOString()).toBe('2026-05-01T00:00:00.000Z');
    expect(cell('% meta alcançada').type).toBe(ExcelJS.ValueType.Number);
    expect(cell('Unidade de medida').value).toBe('%');

    const actions = workbook.getWorksheet('Ações por situação');
    if (!actions) throw new Error('planilha de ações ausente');
    expect(actions.getCell('D2').type).toBe(ExcelJS.ValueType.Date);
    expect((actions.getCell('D2').value as Date).toISOString()).toBe('2026-08-31T00:00:00.000Z');
    expect(actions.getCell('B2').value).toBe(report.objectives[0]?.code);
    const total = actions.getRow(actions.rowCount);
    expect(total.getCell(2).value).toBe('Total');
    expect(total.getCell(5).value).toBe(report.actions.total);
  });

  it('refuses a quadrimester that does not exist or has not begun, in Portuguese', async () => {
    const missing = await getJson<{ error: string }>(server, '/api/v1/reports/quadrimestral/2026-Q4');
    expect(missing.status).toBe(400);
    expect(missing.body.error).toContain('Quadrimestre desconhecido');
    const future = await getJson<{ error: string }>(server, '/api/v1/reports/quadrimestral/2027-Q1');
    expect(future.status).toBe(400);
    expect(future.body.error).toContain('ainda não começou');
    const csv = await getJson<{ error: string }>(server, '/api/v1/reports/quadrimestral/2026-Q2?format=csv');
    expect(csv.status).toBe(400);
    expect(csv.body.error).toContain('JSON ou XLSX');
  });
});

describe('relatório anual (RAG)', () => {
  it('gives the whole closed year, with no quadrimester column, due on 30/03 of the next year', async () => {
    const { status, body } = await getJson(server, '/api/v1/reports/anual/2025');
    expect(status).toBe(200);
    const report = body as Report;
    expect(report.label).toBe('ano de 2025');
    expect(report.situationDate).toBe('2025-12-31');
    expect(report.deliveryDeadline).toBe('2026-03-30');
    const icsaps = indicatorOf(report, '713');
    expect(icsaps.period).toBeNull();
    const year = await rawSums('2025-01', icsaps.year.partialThrough ?? '2025-12');
    expect(icsaps.year.numerator).toBe(year.numerator);
    expect(icsaps.year.denominator).toBe(year.denominator);
  });
});
