/**
 * The semester report per objective through HTTP, on the example data (today is 24/11/2026, so
 * 2026-S1 is the last closed semester and 2026-S2 the current one). The example monitoring history
 * covers ago–out/2026 only; the test records four months by hand so that 2026-S1 has records to
 * count, one of them written after the semester (it must not count), and checks the counts by
 * hand, the texts of the coordenadorias (who may write, conflicts, bad input) and the XLSX.
 */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getJson, logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

let server: TestServer;
let coapCookie: string;
let superintendence: ReturnType<typeof trpcAs>;
let coap: ReturnType<typeof trpcAs>;
let norte: ReturnType<typeof trpcAs>;

type Report = Awaited<ReturnType<typeof coap.report.semester.query>>;

/** The latest record written for an action (what a page opened now would base its save on). */
async function lastWrittenId(code: string): Promise<number | null> {
  const { history } = await superintendence.actionPlan.action.query({ code });
  return history.length === 0 ? null : Math.max(...history.map((record) => record.id));
}

async function recordAs(
  code: string,
  referenceMonth: string,
  status: 'done' | 'in_progress',
  nonConformity: {
    description: string;
    cause: string | null;
    correctiveAction: string;
    correctiveOwner: string;
    correctiveDeadline: string;
  } | null = null,
) {
  await superintendence.actionPlan.record.mutate({
    code,
    basedOnRecordId: await lastWrittenId(code),
    referenceMonth,
    status,
    percentDone: status === 'done' ? 100 : 50,
    doneText: 'Registro do teste do relatório semestral.',
    difficulties: null,
    evidenceLinks: [],
    nonConformity,
  });
}

// A fresh database per test (a copy of one seeded once): each test writes what its story needs.
beforeEach(async () => {
  server = await startTestServer({ seedExampleData: true });
  coapCookie = await logInAs(server, 'coap');
  superintendence = trpcAs(server.url, await logInAs(server, 'superintendencia'));
  coap = trpcAs(server.url, coapCookie);
  norte = trpcAs(server.url, await logInAs(server, 'norte'));
  // Objective 4 in 2026-S1: 4.4.1 concluded in March, 4.2.1 (due 30/06/2024) concluded in June,
  // 4.7.2 in progress in May with a não conformidade; 4.1.2 concluded in July — after the semester.
  await recordAs('4.4.1', '2026-03', 'done');
  await recordAs('4.2.1', '2026-06', 'done');
  await recordAs('4.7.2', '2026-05', 'in_progress', {
    description: 'Oficina da etapa 3 adiada na Macrorregião Oeste.',
    cause: null,
    correctiveAction: 'Remarcar a oficina com os tutores.',
    correctiveOwner: 'COAP',
    correctiveDeadline: '2026-07-15',
  });
  await recordAs('4.1.2', '2026-07', 'done');
});

afterEach(async () => {
  await server.stop();
});

const objectiveOf = (report: Report, code: string) => {
  const objective = report.objectives.find((candidate) => candidate.code === code);
  if (!objective) throw new Error(`objetivo ${code} ausente`);
  return objective;
};

describe('semester report contents', () => {
  it('offers the semesters started so far and reads 2026-S1 at its close', async () => {
    const list = await norte.report.periods.query({ kind: 'semester' });
    expect(list.periods.map((semester) => semester.code)).toEqual([
      '2024-S1',
      '2024-S2',
      '2025-S1',
      '2025-S2',
      '2026-S1',
      '2026-S2',
    ]);
    expect(list).toMatchObject({ current: '2026-S2', lastClosed: '2026-S1' });
    const report = await norte.report.semester.query({ semester: '2026-s1' });
    expect(report).toMatchObject({
      semester: '2026-S1',
      label: '1º semestre de 2026',
      state: 'closed',
      situationDate: '2026-06-30',
      firstMonth: '2026-01',
      lastMonth: '2026-06',
    });
    // The plan's objectives in order: the result for society (indicators only) and objectives 1–4.
    expect(report.objectives.map((objective) => objective.code)).toEqual(['RS', '1', '2', '3', '4']);
  });

  it("offers the coordenadoria's analyses of the semester as the start of item c)", async () => {
    const rsCoap = async () =>
      (await coap.report.semester.query({ semester: '2026-S1' })).objectives
        .find((objective) => objective.code === 'RS')
        ?.coordinations.find((coordination) => coordination.code === 'COAP');
    expect((await rsCoap())?.relationSuggestion).toBeNull();
    for (const month of ['2026-03', '2026-05'])
      await coap.analysis.write.mutate({
        code: '713',
        territoryCode: '51',
        month,
        explanation: `Internações por pneumonia em idosos (${month}).`,
        response: 'Oficinas de manejo clínico com a APS.',
        actionCodes: [],
      });
    // The latest analysis of the semester, only: May's.
    expect((await rsCoap())?.relationSuggestion).toBe(
      '713 (Internações sensíveis à APS (ICSAPS)), análise de mai/2026: Internações por pneumonia em idosos (2026-05). O que está sendo feito: Oficinas de manejo clínico com a APS.',
    );
  });

  it('counts the actions of objective 4 by their status at 30/06/2026, by hand', async () => {
    const report = await coap.report.semester.query({ semester: '2026-S1' });
    const { rollup, overdue } = objectiveOf(report, '4').actions;
    // The plan: 23 actions, 4.1.1 concluded, the others without a status. No example record falls in
    // jan–jun/2026, so only this test's records change that: 4.4.1 and 4.2.1 concluded, 4.7.2 in
    // progress; 4.1.2's July record comes after the semester and does not count.
    expect(rollup.total).toBe(23);
    expect(rollup.counts).toEqual({
      not_started: 0,
      in_progress: 1,
      done: 3,
      cancelled: 0,
      suspended: 0,
      none: 19,
    });
    expect(rollup.percentDone).toBeCloseTo((100 * 3) / 23, 10);
    // Atrasadas at the close: due before 01/07/2026 and not concluded. Of the plan's 11 actions due in
    // 2024 and open, 4.2.1 was concluded in June 2026; 4.1.2 still counts (its record is of July).
    expect(overdue.map((action) => action.code)).toEqual([
      '4.1.2',
      '4.1.3',
      '4.1.4',
      '4.3.1',
      '4.3.2',
      '4.3.3',
      '4.5.1',
      '4.5.2',
      '4.5.3',
      '4.5.4',
    ]);
    expect(rollup.overdue).toBe(10);
    // The current semester sees the example records of ago–out/2026 instead.
    const current = await coap.report.semester.query({ semester: '2026-S2' });
    expect(objectiveOf(current, '4').actions.rollup.counts.none).toBeLessThan(19);
    expect(current.situationDate).toBe('2026-11-24');
  });

  it('counts every objective like the records say, recomputed from the tables', async () => {
    const report = await coap.report.semester.query({ semester: '2026-S1' });
    const actions: { code: string; status_in_plan: string | null; objective_code: string }[] = await server
      .db('operational_actions as o')
      .join('strategic_actions as s', 's.code', 'o.strategic_action_code')
      .whereNull('o.retired_at')
      .select('o.code', 'o.status_in_plan', 's.objective_code');
    const records: { action_code: string; reference_month: string; id: number; status: string }[] =
      await server.db('monitoring_records').where('reference_month', '<=', '2026-06').orderBy('id');
    const latest = new Map<string, { month: string; id: number; status: string }>();
    for (const record of records) {
      const seen = latest.get(record.action_code);
      if (
        !seen ||
        record.reference_month > seen.month ||
        (record.reference_month === seen.month && record.id > seen.id)
      )
        latest.set(record.action_code, {
          month: record.reference_month,
          id: record.id,
          status: record.status,
        });
    }
    for (const objective of report.objectives) {
      const mine = actions.filter((action) => action.objective_code === objective.code);
      const counts = { not_started: 0, in_progress: 0, done: 0, cancelled: 0, suspended: 0, none: 0 };
      for (const action of mine) {
        const status = (latest.get(action.code)?.status ??
          action.status_in_plan ??
          'none') as keyof typeof counts;
        counts[status] += 1;
      }
      expect(objective.actions.rollup.counts, `objetivo ${objective.code}`).toEqual(counts);
    }
  });

  it('lists the não conformidades recorded for the semester’s months', async () => {
    const report = await coap.report.semester.query({ semester: '2026-S1' });
    expect(objectiveOf(report, '4').nonConformities).toEqual([
      expect.objectContaining({
        actionCode: '4.7.2',
        referenceMonth: '2026-05',
        description: 'Oficina da etapa 3 adiada na Macrorregião Oeste.',
        correctiveOwner: 'COAP',
        correctiveDeadline: '2026-07-15',
        isExample: false,
      }),
    ]);
    expect(report.objectives.flatMap((objective) => objective.nonConformities)).toHaveLength(1);
  });

  it('shows each indicator of the objective with the state figure of the year, its target and status', async () => {
    const report = await coap.report.semester.query({ semester: '2026-S1' });
    const objective = objectiveOf(report, '4');
    expect(objective.goals.map((goal) => goal.code)).toEqual(['M7', 'M8', 'M9']);
    // A closed semester shows the year as it stood at its end: ICSAPS up to June, summed by hand
    // from the raw monthly values (admissions ÷ all admissions × 100).
    const rs = objectiveOf(report, 'RS');
    const icsap = rs.indicators.find((indicator) => indicator.code === '713');
    expect(icsap).toMatchObject({ year: 2026, isPartial: true, partialThrough: '2026-06' });
    const sums = (await server
      .db('data_values')
      .where({ indicator_code: '713' })
      .whereBetween('period', ['2026-01', '2026-06'])
      .sum({ numerator: 'numerator', denominator: 'denominator' })
      .first()) as { numerator: number; denominator: number };
    expect(icsap?.numerator).toBe(sums.numerator);
    expect(icsap?.denominator).toBe(sums.denominator);
    expect(icsap?.value).toBeCloseTo((sums.numerator / sums.denominator) * 100, 10);
    // A yearly count (municípios in adhesion, the year's last situation) is not known at the end of June.
    const planMun = objective.indicators.find((indicator) => indicator.code === 'PLAN-MUN');
    expect(planMun).toMatchObject({ year: 2026, goalCode: 'M9', value: null, status: 'no_data' });

    // The semester in progress shows the year so far, as the indicator page does.
    const current = await coap.report.semester.query({ semester: '2026-S2' });
    const values = await getJson<{ value: number | null; partialThrough: string | null }[]>(
      server,
      '/api/v1/indicators/713/values?year=2026',
    );
    expect(objectiveOf(current, 'RS').indicators.find((indicator) => indicator.code === '713')).toMatchObject(
      {
        value: values.body[0]?.value,
        partialThrough: '2026-10',
      },
    );
  });

  it('gives each coordenadoria of the objective its texts, the example ones marked', async () => {
    const report = await coap.report.semester.query({ semester: '2026-S1' });
    const four = objectiveOf(report, '4');
    expect(four.coordinations.map((coordination) => coordination.code)).toEqual([
      'SUPERINTENDENCIA',
      'COAP',
      'CORAS',
      'CACS',
    ]);
    const coapEntry = four.coordinations.find((coordination) => coordination.code === 'COAP');
    expect(coapEntry).toMatchObject({ actionCount: 19, canWrite: true });
    expect(coapEntry?.narrative).toMatchObject({ version: 1, isExample: true });
    expect(four.coordinations.find((coordination) => coordination.code === 'CORAS')?.canWrite).toBe(false);
    expect(report.hasExampleData).toBe(true);
    // Objective RS has no actions: the coordenadorias of its indicators answer for it.
    expect(objectiveOf(report, 'RS').coordinations.map((coordination) => coordination.code)).toEqual([
      'COAP',
      'SAUDE-BUCAL',
      'TELESSAUDE',
      'CACS',
      'CAT',
    ]);
    const regional = await norte.report.semester.query({ semester: '2026-S1' });
    expect(
      regional.objectives.flatMap((objective) => objective.coordinations).some((entry) => entry.canWrite),
    ).toBe(false);
  });
});

describe('texts of the coordenadorias', () => {
  const texts = {
    progress: 'Oficinas da etapa 2 concluídas nas macros Norte e Oeste.',
    difficulties: 'Diárias liberadas com atraso.',
    relation: 'A adesão de 109 municípios aproxima a meta M9.',
  };
  /** COAP writes its objective-4 text over the example one: version 2. */
  const writeCoapText = () =>
    coap.report.saveNarrative.mutate({
      semester: '2026-S1',
      objectiveCode: '4',
      coordinationCode: 'COAP',
      ...texts,
      version: 1,
    });

  it('a coordenadoria writes its own text, over the example, and the audit log keeps it', async () => {
    const saved = await writeCoapText();
    expect(saved).toMatchObject({ version: 2, isUnchanged: false });
    const report = await norte.report.semester.query({ semester: '2026-S1' });
    const entry = objectiveOf(report, '4').coordinations.find((coordination) => coordination.code === 'COAP');
    expect(entry?.narrative).toMatchObject({
      ...texts,
      version: 2,
      isExample: false,
      updatedByName: 'Coordenadoria de Atenção Primária (demonstração)',
    });
    const audit = await server.db('audit_log').where({ entity: 'relatorio', entity_key: '2026-S1/4/COAP' });
    expect(audit).toHaveLength(1);
    // A first text of another objective the COAP answers for (objective 3).
    await expect(
      coap.report.saveNarrative.mutate({
        semester: '2026-S1',
        objectiveCode: '3',
        coordinationCode: 'COAP',
        progress: 'Estratificação de risco iniciada.',
        difficulties: null,
        relation: null,
        version: null,
      }),
    ).resolves.toMatchObject({ version: 1 });
  });

  it('refuses a save based on an older version, naming who saved in between, and keeps the first', async () => {
    await writeCoapText();
    await expect(
      superintendence.report.saveNarrative.mutate({
        semester: '2026-S1',
        objectiveCode: '4',
        coordinationCode: 'COAP',
        progress: 'Texto escrito sobre a versão antiga.',
        difficulties: null,
        relation: null,
        version: 1,
      }),
    ).rejects.toThrow(
      /Coordenadoria de Atenção Primária \(demonstração\) salvou o texto da COAP.*Seu texto continua/,
    );
    const report = await coap.report.semester.query({ semester: '2026-S1' });
    const entry = objectiveOf(report, '4').coordinations.find((coordination) => coordination.code === 'COAP');
    expect(entry?.narrative).toMatchObject({ ...texts, version: 2 });
  });

  it('refuses another coordenadoria’s text and any text from a gestor regional', async () => {
    const other = {
      semester: '2026-S1',
      objectiveCode: '4',
      coordinationCode: 'CORAS',
      progress: 'x',
      difficulties: null,
      relation: null,
      version: null,
    };
    await expect(coap.report.saveNarrative.mutate(other)).rejects.toThrow(
      /Você não pode escrever pela CORAS/,
    );
    await expect(
      norte.report.saveNarrative.mutate({ ...other, coordinationCode: 'COAP', version: 2 }),
    ).rejects.toThrow(/Gestores regionais leem o relatório semestral, mas não escrevem nele/);
    // The superintendência writes for any coordenadoria, but only one that answers for the objective.
    await expect(
      superintendence.report.saveNarrative.mutate({ ...other, coordinationCode: 'CAS' }),
    ).rejects.toThrow(/A CAS não responde por ações nem indicadores do objetivo 4/);
    await expect(superintendence.report.saveNarrative.mutate(other)).resolves.toMatchObject({ version: 1 });
    const rows = await server.db('semester_narratives').where({ semester: '2026-S1', objective_code: '4' });
    expect(rows.map((row) => row.coordination_code).sort()).toEqual(['COAP', 'CORAS']);
  });

  it('refuses bad input in Portuguese and semesters that have not started', async () => {
    await writeCoapText();
    const base = {
      semester: '2026-S1',
      objectiveCode: '4',
      coordinationCode: 'COAP',
      progress: null,
      difficulties: null,
      relation: null,
      version: 2,
    };
    await expect(coap.report.saveNarrative.mutate({ ...base, semester: '2026-S3' })).rejects.toThrow(
      /Semestre inválido: use AAAA-S1/,
    );
    await expect(coap.report.saveNarrative.mutate({ ...base, semester: '2028-S1' })).rejects.toThrow(
      /Semestre fora do plano: o relatório vai do 1º semestre de 2024 ao 2º semestre de 2027/,
    );
    await expect(
      coap.report.saveNarrative.mutate({ ...base, semester: '2027-S1', version: null }),
    ).rejects.toThrow(/O 1º semestre de 2027 ainda não começou \(começa em 01\/01\/2027\)/);
    await expect(coap.report.saveNarrative.mutate({ ...base, progress: 'a'.repeat(8001) })).rejects.toThrow(
      /O texto "progresso das ações" é muito longo \(máximo 8\.000 caracteres\)/,
    );
    await expect(norte.report.semester.query({ semester: '2027-S2' })).rejects.toThrow(/ainda não começou/);
    await expect(
      coap.report.saveNarrative.mutate({
        ...base,
        objectiveCode: '9',
        coordinationCode: 'COAP',
        version: null,
      }),
    ).rejects.toThrow(/Objetivo 9 não encontrado/);
    // Nothing was written by the refused saves: the COAP text is still the one of version 2.
    const row = await server
      .db('semester_narratives')
      .where({ semester: '2026-S1', objective_code: '4', coordination_code: 'COAP' })
      .first();
    expect(row).toMatchObject({ version: 2, progress_text: texts.progress });
  });

  it('a closed semester stays editable', async () => {
    await expect(
      superintendence.report.saveNarrative.mutate({
        semester: '2024-S2',
        objectiveCode: '1',
        coordinationCode: 'SUPERINTENDENCIA',
        progress: 'Grupo de trabalho constituído.',
        difficulties: null,
        relation: null,
        version: null,
      }),
    ).resolves.toMatchObject({ version: 1 });
  });
});

describe('semester report download', () => {
  async function workbookOf(pathname: string, cookie: string) {
    const response = await fetch(`${server.url}${pathname}`, { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(response.headers.get('content-disposition')).toContain('relatorio-semestral-2026-S1.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    return workbook;
  }

  const rowsOf = (workbook: ExcelJS.Workbook, name: string) => {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) throw new Error(`planilha ${name} ausente`);
    const rows: unknown[][] = [];
    sheet.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1));
    });
    return rows;
  };

  it('gives a workbook whose cells match the JSON', async () => {
    const json = await getJson<Report>(server, '/api/v1/reports/semester/2026-S1', { cookie: coapCookie });
    expect(json.status).toBe(200);
    const report = json.body;
    const workbook = await workbookOf('/api/v1/reports/semester/2026-S1.xlsx', coapCookie);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Indicadores',
      'Ações por situação',
      'Ações atrasadas',
      'Não conformidades',
      'Relato das coordenadorias',
    ]);

    const byStatus = rowsOf(workbook, 'Ações por situação');
    expect(byStatus[0]).toEqual([
      'Semestre',
      'Objetivo',
      'Nome do objetivo',
      'Situação em',
      'Ações operacionais',
      'Não iniciado',
      'Em andamento',
      'Concluído',
      'Cancelado',
      'Suspenso',
      'Sem informação',
      'Atrasadas',
      '% concluído',
    ]);
    const four = objectiveOf(report, '4');
    const fourRow = byStatus.find((row) => row[1] === '4');
    if (!fourRow) throw new Error('linha do objetivo 4 ausente');
    expect(fourRow.slice(0, 3)).toEqual(['2026-S1', '4', four.name]);
    // A date cell (30 June, whatever the reader's culture), then numbers.
    expect((fourRow[3] as Date).toISOString()).toBe('2026-06-30T00:00:00.000Z');
    expect(fourRow.slice(4, 12)).toEqual([23, 0, 1, 3, 0, 0, 19, 10]);
    expect(fourRow[12]).toBeCloseTo((100 * 3) / 23, 9);
    // Numbers are numeric cells, one row per objective.
    expect(byStatus.slice(1).map((row) => row[4])).toEqual(
      report.objectives.map((objective) => objective.actions.rollup.total),
    );

    const indicators = rowsOf(workbook, 'Indicadores');
    const all = report.objectives.flatMap((objective) => objective.indicators);
    expect(indicators).toHaveLength(all.length + 1);
    for (const indicator of all) {
      const row = indicators.find((candidate) => candidate[3] === indicator.code);
      expect(row?.[7] ?? null, indicator.code).toBe(indicator.value);
      expect(row?.[8] ?? null, indicator.code).toBe(indicator.target);
      expect(row?.[10], indicator.code).toBe(indicator.statusLabel);
    }

    const overdue = rowsOf(workbook, 'Ações atrasadas');
    expect(overdue.slice(1).map((row) => row[2])).toEqual(
      report.objectives.flatMap((objective) => objective.actions.overdue.map((action) => action.code)),
    );
    expect(
      rowsOf(workbook, 'Não conformidades')
        .slice(1)
        .map((row) => [row[2], (row[3] as Date).toISOString().slice(0, 7), row[7]]),
    ).toEqual([['4.7.2', '2026-05', 'COAP']]);

    const texts = rowsOf(workbook, 'Relato das coordenadorias');
    const coapRow = texts.find((row) => row[1] === '4' && row[2] === 'COAP');
    const coapNarrative = four.coordinations.find((entry) => entry.code === 'COAP')?.narrative;
    expect(coapRow?.slice(4, 9)).toEqual([
      19,
      coapNarrative?.progress,
      coapNarrative?.difficulties,
      coapNarrative?.relation,
      'Coordenadoria de Atenção Primária (demonstração)',
    ]);
    expect(texts).toHaveLength(
      report.objectives.reduce((sum, objective) => sum + objective.coordinations.length, 0) + 1,
    );
  });

  it('also answers ?formato=xlsx, refuses unknown semesters in Portuguese and needs a login', async () => {
    const workbook = await workbookOf('/api/v1/reports/semester/2026-S1?formato=xlsx', coapCookie);
    expect(workbook.worksheets).toHaveLength(5);
    const bad = await getJson<{ error: string }>(server, '/api/v1/reports/semester/2026-S9.xlsx');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/Semestre inválido/);
    const future = await getJson<{ error: string }>(server, '/api/v1/reports/semester/2027-S1');
    expect(future.status).toBe(400);
    expect(future.body.error).toMatch(/ainda não começou/);
    const anonymous = await getJson(server, '/api/v1/reports/semester/2026-S1.xlsx', { cookie: null });
    expect(anonymous.status).toBe(401);
  });
});
