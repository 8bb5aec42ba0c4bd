/**
 * The plan's 96 actions through HTTP: loaded from the plan, listed by the API, monitored month by
 * month (who may record, append-only history, conflicts, validation) and maintained by the admin.
 */

import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedReferenceData } from '../../server/db/seed.ts';
import { getJson, logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

let server: TestServer;
let admin: ReturnType<typeof trpcAs>;
let superintendence: ReturnType<typeof trpcAs>;
let coap: ReturnType<typeof trpcAs>;
let norte: ReturnType<typeof trpcAs>;

type ApiAction = {
  code: string;
  strategicAction: string;
  responsible: string;
  coordinations: string[];
  deadlineText: string;
  startsOn: string | null;
  endsOn: string | null;
  statusInPlan: string | null;
  status: string | null;
  overdue: boolean;
  lastRecordAt: string | null;
};

const record = (code: string, changes: Record<string, unknown> = {}) => ({
  code,
  basedOnRecordId: null as number | null,
  referenceMonth: '2026-11',
  status: 'in_progress' as const,
  percentDone: 40,
  doneText: 'Oficina realizada com os ERS.',
  difficulties: null,
  evidenceLinks: ['https://www.saude.mt.gov.br/ata-oficina.pdf'],
  nonConformity: null,
  ...changes,
});

// A fresh database per test (a copy of one seeded once): each test writes what its story needs.
beforeEach(async () => {
  server = await startTestServer({ seedExampleData: false });
  admin = trpcAs(server.url, server.adminCookie);
  superintendence = trpcAs(server.url, await logInAs(server, 'superintendencia'));
  coap = trpcAs(server.url, await logInAs(server, 'coap'));
  norte = trpcAs(server.url, await logInAs(server, 'norte'));
});

afterEach(async () => {
  await server.stop();
});

describe('the plan tree', () => {
  it('holds the 4 objectives, their 4 + 7 + 7 + 8 strategic actions and the 96 operational actions of section 6.1', async () => {
    const tree = await norte.actionPlan.tree.query({});
    expect(tree.objectives.map((objective) => objective.code)).toEqual(['1', '2', '3', '4']);
    expect(tree.objectives.map((objective) => objective.strategicActions.length)).toEqual([4, 7, 7, 8]);
    const perStrategic = Object.fromEntries(
      tree.objectives.flatMap((objective) =>
        objective.strategicActions.map((action) => [action.code, action.actions.length]),
      ),
    );
    expect(perStrategic).toEqual({
      '1.1': 6,
      '1.2': 3,
      '1.3': 5,
      '1.4': 4,
      '2.a': 0,
      '2.b': 0,
      '2.c': 0,
      '2.d': 0,
      '2.1': 5,
      '2.2': 2,
      '2.3': 4,
      '3.1': 1,
      '3.2': 2,
      '3.3': 4,
      '3.4': 5,
      '3.5': 19,
      '3.6': 3,
      '3.7': 10,
      '4.1': 4,
      '4.2': 1,
      '4.3': 4,
      '4.4': 4,
      '4.5': 6,
      '4.6': 1,
      '4.7': 2,
      '4.8': 1,
    });
    expect(tree.total.total).toBe(96);
  });

  it('keeps the statuses written in the plan: 2 concluded, 10 in progress, 1 not started, the rest without information', async () => {
    const { rows } = await norte.actionPlan.list.query({});
    const count = (status: string | null) => rows.filter((row) => row.statusInPlan === status).length;
    expect([count('done'), count('in_progress'), count('not_started'), count(null)]).toEqual([2, 10, 1, 83]);
    // The roll-up of the whole plan, by hand: 2 concluded of 96 (none cancelled).
    const tree = await norte.actionPlan.tree.query({});
    expect(tree.total.counts.done).toBe(2);
    expect(tree.total.percentDone).toBeCloseTo((2 / 96) * 100, 10);
  });

  it('keeps the printed responsável and prazo next to the coordenadorias and dates read from them', async () => {
    const { action } = await norte.actionPlan.action.query({ code: '1.3.1' });
    expect(action.responsibleText).toBe('Superintendente');
    expect(action.coordinationCodes).toEqual(['SUPERINTENDENCIA']);
    expect(action.deadlineText).toBe('Março/24 a dez/27 (1ª 3ª feira do mês)');
    expect([action.startsOn, action.endsOn]).toEqual(['2024-03-01', '2027-12-31']);
    const shared = await norte.actionPlan.action.query({ code: '3.3.1' });
    expect(shared.action.coordinationCodes).toEqual(['CAS', 'COAP', 'CORAS']);
  });
});

describe('GET /api/v1/actions', () => {
  it('lists every operational action with its plan status, current status and whether it is late', async () => {
    const { status, body } = await getJson<ApiAction[]>(server, '/api/v1/actions');
    expect(status).toBe(200);
    expect(body).toHaveLength(96);
    const first = body.find((action) => action.code === '1.1.1') as ApiAction;
    expect(first).toMatchObject({
      strategicAction: '1.1',
      responsible: 'Superintendente, Silvana',
      deadlineText: 'Até abril/24',
      startsOn: null,
      endsOn: '2024-04-30',
      statusInPlan: 'in_progress',
      status: 'in_progress',
      overdue: true, // ended 30/04/2024, still in progress on 24/11/2026
      lastRecordAt: null,
    });
    const concluded = body.find((action) => action.code === '4.1.1') as ApiAction;
    expect(concluded).toMatchObject({ statusInPlan: 'done', overdue: false });
    const unreadable = body.find((action) => action.code === '2.1.3') as ApiAction;
    expect(unreadable).toMatchObject({
      deadlineText: 'contínuo',
      startsOn: null,
      endsOn: null,
      overdue: false,
    });
  });

  it('filters like the page and downloads CSV and XLSX', async () => {
    const { body: all } = await getJson<ApiAction[]>(server, '/api/v1/actions');
    const { body: late } = await getJson<ApiAction[]>(
      server,
      '/api/v1/actions?atrasadas=1&coordenadoria=COAP',
    );
    expect(late.length).toBeGreaterThan(0);
    expect(late).toEqual(all.filter((action) => action.overdue && action.coordinations.includes('COAP')));
    const csv = await fetch(`${server.url}/api/v1/actions?format=csv&situacao=done`, {
      headers: { cookie: server.adminCookie },
    });
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toContain('Código;Objetivo;Ação estratégica;Ação operacional');
    expect(lines).toHaveLength(1 + all.filter((action) => action.status === 'done').length);
    const xlsx = await fetch(`${server.url}/api/v1/actions?format=xlsx`, {
      headers: { cookie: server.adminCookie },
    });
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    // Read back as Power BI would: dates are dates, codes text, coordenadorias by name.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.getWorksheet('Ações do plano');
    if (!sheet) throw new Error('planilha de ações ausente');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = (name: string) => header.indexOf(name) + 1;
    const dated = all.find((action) => action.startsOn !== null && action.endsOn !== null);
    if (!dated) throw new Error('nenhuma ação com datas');
    let rowNumber = 0;
    sheet.eachRow((row, number) => {
      if (row.getCell(column('Código')).value === dated.code) rowNumber = number;
    });
    const row = sheet.getRow(rowNumber);
    expect(row.getCell(column('Código')).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(column('Objetivo')).type).toBe(ExcelJS.ValueType.String);
    expect((row.getCell(column('Início')).value as Date).toISOString().slice(0, 10)).toBe(dated.startsOn);
    expect(row.getCell(column('Término')).numFmt).toBe('dd/mm/yyyy');
    expect((row.getCell(column('Término')).value as Date).toISOString().slice(0, 10)).toBe(dated.endsOn);
    const coapRow = sheet.getRows(2, sheet.rowCount - 1)?.find((candidate) =>
      String(candidate.getCell(column('Códigos das coordenadorias')).value)
        .split(', ')
        .includes('COAP'),
    );
    expect(String(coapRow?.getCell(column('Coordenadorias')).value)).toContain(
      'Coordenadoria de Atenção Primária',
    );
  });

  it('explains a bad filter in Portuguese', async () => {
    const { status, body } = await getJson<{ error: string }>(
      server,
      '/api/v1/actions?situacao=atrasadissima',
    );
    expect(status).toBe(400);
    expect(body.error).toMatch(/Situação desconhecida: use not_started/);
  });
});

/** COAP records 4.1.2 in progress, then concluded this month: two records of its history. */
async function conclude412() {
  const first = await coap.actionPlan.record.mutate(record('4.1.2'));
  const done = await coap.actionPlan.record.mutate(
    record('4.1.2', {
      basedOnRecordId: first.id,
      status: 'done',
      percentDone: 100,
      doneText: 'Encontros realizados com todas as coordenadorias.',
    }),
  );
  return { first, done };
}

describe('monthly monitoring', () => {
  it('is recorded by the responsible coordenadoria and the superintendência, and refused to others', async () => {
    // 4.1.1 is "Superintendente; COAP"; 3.7.1 is CAS only.
    await expect(coap.actionPlan.record.mutate(record('4.1.2'))).resolves.toMatchObject({
      id: expect.any(Number),
    });
    await expect(coap.actionPlan.record.mutate(record('3.7.1'))).rejects.toThrow(/ela é de CAS/);
    await expect(norte.actionPlan.record.mutate(record('4.1.2'))).rejects.toThrow(
      /Gestores regionais acompanham o plano de ação, mas não registram/,
    );
    await expect(superintendence.actionPlan.record.mutate(record('3.7.1'))).resolves.toBeDefined();
    // Everybody reads it, the gestor regional included, but only the allowed get the form.
    const seen = await norte.actionPlan.action.query({ code: '3.7.1' });
    expect(seen.history).toHaveLength(1);
    expect(seen.canRecord).toBe(false);
    expect((await coap.actionPlan.action.query({ code: '4.1.2' })).canRecord).toBe(true);
  });

  it('keeps every record: the latest is the current state, earlier ones stay as history', async () => {
    await conclude412();
    const after = await coap.actionPlan.action.query({ code: '4.1.2' });
    expect(after.history.map((entry) => entry.status)).toEqual(['done', 'in_progress']);
    expect(after.action.status).toBe('done');
    expect(after.action.overdue).toBe(false);
    // Not even the server's own SQL can rewrite or delete history.
    await expect(server.db('monitoring_records').update({ status: 'cancelled' })).rejects.toThrow(
      /não pode ser alterado/,
    );
    await expect(server.db('monitoring_records').delete()).rejects.toThrow(/não pode ser alterado/);
    const audit = await admin.admin.audit.query({ entity: 'acao', entityKey: '4.1.2', page: 1 });
    expect(audit.rows.map((row) => row.action)).toEqual([
      'registro de monitoramento',
      'registro de monitoramento',
    ]);
  });

  it('refuses a save based on an outdated history, naming who recorded first, and writes nothing', async () => {
    const { first } = await conclude412();
    const { history } = await coap.actionPlan.action.query({ code: '4.1.2' });
    await expect(
      superintendence.actionPlan.record.mutate(record('4.1.2', { basedOnRecordId: first.id })),
    ).rejects.toThrow(/Coordenadoria de Atenção Primária \(demonstração\) registrou esta ação/);
    expect((await coap.actionPlan.action.query({ code: '4.1.2' })).history).toHaveLength(history.length);
  });

  it('explains bad input in Portuguese', async () => {
    await expect(
      coap.actionPlan.record.mutate(
        record('4.1.3', {
          nonConformity: {
            description: 'Oficina cancelada',
            cause: null,
            correctiveAction: '',
            correctiveOwner: 'COAP',
            correctiveDeadline: '2026-12-15',
          },
        }),
      ),
    ).rejects.toThrow(/Informe a medida corretiva/);
    await expect(coap.actionPlan.record.mutate(record('4.1.3', { percentDone: 150 }))).rejects.toThrow(
      /vai de 0 a 100/,
    );
    await expect(
      coap.actionPlan.record.mutate(record('4.1.3', { referenceMonth: '2027-01' })),
    ).rejects.toThrow(/não pode ser posterior ao mês atual/);
    await expect(
      coap.actionPlan.record.mutate(record('4.1.3', { status: 'done', percentDone: 50 })),
    ).rejects.toThrow(/concluída tem 100%/);
    await expect(
      coap.actionPlan.record.mutate(record('4.1.3', { evidenceLinks: ['pasta da COAP'] })),
    ).rejects.toThrow(/link começando com http/);
    expect((await coap.actionPlan.action.query({ code: '4.1.3' })).history).toEqual([]);
  });

  it('treats a late record for an older month as a conflict too, and refuses months before the start', async () => {
    const { history } = await coap.actionPlan.action.query({ code: '4.1.4' });
    expect(history).toEqual([]);
    const november = await coap.actionPlan.record.mutate(record('4.1.4'));
    const october = await superintendence.actionPlan.record.mutate(
      record('4.1.4', { basedOnRecordId: november.id, referenceMonth: '2026-10', status: 'not_started' }),
    );
    // The late October record joins the history but November's stays the current state.
    expect((await coap.actionPlan.action.query({ code: '4.1.4' })).action.status).toBe('in_progress');
    // The page of someone who saw only November's record is outdated, although November is still current.
    await expect(
      coap.actionPlan.record.mutate(record('4.1.4', { basedOnRecordId: november.id })),
    ).rejects.toThrow(/registrou esta ação \(out\/2026\)/);
    await expect(
      coap.actionPlan.record.mutate(record('4.1.4', { basedOnRecordId: october.id })),
    ).resolves.toBeDefined();
    // 3.2.2 starts in August 2024.
    await expect(
      superintendence.actionPlan.record.mutate(record('3.2.2', { referenceMonth: '2024-07' })),
    ).rejects.toThrow(/começa em ago\/2024/);
    await expect(
      coap.actionPlan.record.mutate(
        record('4.1.3', {
          nonConformity: {
            description: 'Oficina cancelada',
            cause: null,
            correctiveAction: 'Remarcar',
            correctiveOwner: 'COAP',
            correctiveDeadline: '2026-10-31',
          },
        }),
      ),
    ).rejects.toThrow(/não pode ser anterior ao mês de referência/);
  });

  it('lists "minhas ações" of a coordenadoria with the ones still owing this month', async () => {
    await conclude412();
    const mine = await coap.actionPlan.mine.query({ month: '2026-11' });
    expect(mine.rows.every((row) => row.coordinationCodes.includes('COAP'))).toBe(true);
    const recorded = mine.rows.find((row) => row.code === '4.1.2');
    expect(recorded?.owesRecord).toBe(false); // concluded this month
    const owing = mine.rows.find((row) => row.code === '4.1.3');
    expect(owing?.owesRecord).toBe(true);
  });
});

describe('plan structure (administrator)', () => {
  it('lists unreadable prazos for review and lets the administrator set their dates', async () => {
    const review = await admin.actionPlan.deadlineReview.query();
    const texts = review.rows.map((row) => row.deadlineText);
    expect(texts).toEqual(expect.arrayContaining(['contínuo', 'conforme calendário do PRI', '2024027']));
    expect(review.pending).toBe(review.rows.length);
    const continuous = review.rows.find((row) => row.code === '2.1.3') as (typeof review.rows)[number];
    await expect(
      superintendence.actionPlan.setDates.mutate({
        kind: 'operational',
        code: '2.1.3',
        dates: { startsOn: '2024-04-01', endsOn: null },
        version: continuous.version,
      }),
    ).rejects.toThrow(/Só o administrador/);
    await expect(
      admin.actionPlan.setDates.mutate({
        kind: 'operational',
        code: '2.1.3',
        dates: { startsOn: '2027-01-01', endsOn: '2024-01-01' },
        version: continuous.version,
      }),
    ).rejects.toThrow(/início deve ser anterior/);
    await admin.actionPlan.setDates.mutate({
      kind: 'operational',
      code: '2.1.3',
      dates: { startsOn: '2024-04-01', endsOn: null },
      version: continuous.version,
    });
    const after = await admin.actionPlan.deadlineReview.query();
    expect(after.rows.find((row) => row.code === '2.1.3')).toMatchObject({
      isSet: true,
      startsOn: '2024-04-01',
    });
    expect(after.pending).toBe(review.pending - 1);
  });

  it('edits with a version check and keeps the edit when the server starts again', async () => {
    const { action } = await admin.actionPlan.action.query({ code: '1.2.3' });
    const edit = {
      code: '1.2.3',
      strategicActionCode: '1.2',
      text: action.text,
      responsibleText: action.responsibleText,
      coordinationCodes: ['SUPERINTENDENCIA', 'NEPS'],
      participants: action.participants,
      deadlineText: 'Jul/24 a dez/27',
      observations: 'Prazo revisto na reunião de condução.',
      version: action.version,
    };
    await admin.actionPlan.saveOperationalAction.mutate(edit);
    await expect(admin.actionPlan.saveOperationalAction.mutate(edit)).rejects.toThrow(
      /A ação operacional 1.2.3 foi alterada por outra pessoa/,
    );
    await seedReferenceData(server.db); // what every start runs
    const reloaded = await admin.actionPlan.action.query({ code: '1.2.3' });
    expect(reloaded.action).toMatchObject({
      coordinationCodes: ['SUPERINTENDENCIA', 'NEPS'],
      deadlineText: 'Jul/24 a dez/27',
      startsOn: '2024-07-01',
      endsOn: '2027-12-31',
      observations: 'Prazo revisto na reunião de condução.',
    });
  });

  it('retires an action from the tree and the roll-ups while its history stays readable', async () => {
    await superintendence.actionPlan.record.mutate(record('3.7.1'));
    const { action } = await admin.actionPlan.action.query({ code: '3.7.1' });
    await admin.actionPlan.setRetired.mutate({
      kind: 'operational',
      code: '3.7.1',
      retired: true,
      version: action.version,
    });
    const tree = await admin.actionPlan.tree.query({});
    const total = tree.objectives.reduce((sum, objective) => sum + objective.rollup.total, 0);
    expect(total).toBe(95);
    const { body } = await getJson<ApiAction[]>(server, '/api/v1/actions');
    expect(body.some((row) => row.code === '3.7.1')).toBe(false);
    const retired = await admin.actionPlan.action.query({ code: '3.7.1' });
    expect(retired.history).toHaveLength(1);
    expect(retired.canRecord).toBe(false);
    await expect(
      superintendence.actionPlan.record.mutate(record('3.7.1', { basedOnRecordId: retired.history[0]?.id })),
    ).rejects.toThrow(/retirada do plano/);
  });

  it('retires what is under a retired strategic action, and names what does not exist', async () => {
    const tree = await admin.actionPlan.tree.query({});
    const strategic = tree.objectives[1]?.strategicActions.find((action) => action.code === '2.2');
    await admin.actionPlan.setRetired.mutate({
      kind: 'strategic',
      code: '2.2',
      retired: true,
      version: strategic?.version as number,
    });
    const { rows } = await admin.actionPlan.list.query({});
    expect(rows.some((row) => row.strategicActionCode === '2.2')).toBe(false);
    const after = await admin.actionPlan.tree.query({});
    expect(after.objectives[1]?.rollup.total).toBe(9); // 11 minus the two operational actions of 2.2
    await expect(
      admin.actionPlan.setRetired.mutate({ kind: 'operational', code: '9.9.9', retired: true, version: 1 }),
    ).rejects.toThrow(/A ação operacional 9.9.9 não encontrada/);
    await expect(
      admin.actionPlan.saveOperationalAction.mutate({
        code: '1.3.9',
        strategicActionCode: '1.4',
        text: 'Ação no lugar errado',
        responsibleText: 'Superintendente',
        coordinationCodes: ['SUPERINTENDENCIA'],
        participants: null,
        deadlineText: '2026',
        observations: null,
        version: null,
      }),
    ).rejects.toThrow(/deve começar com 1.4./);
  });

  it('adds an operational action whose prazo dates are read like the plan’s', async () => {
    await admin.actionPlan.saveOperationalAction.mutate({
      code: '1.4.5',
      strategicActionCode: '1.4',
      text: 'Publicar o relatório semestral de monitoramento do plano',
      responsibleText: 'Superintendente',
      coordinationCodes: ['SUPERINTENDENCIA'],
      participants: null,
      deadlineText: 'Até dez/2026',
      observations: null,
      version: null,
    });
    const { action } = await admin.actionPlan.action.query({ code: '1.4.5' });
    expect([action.startsOn, action.endsOn, action.statusInPlan]).toEqual([null, '2026-12-31', null]);
    // 31/12 is 37 days after 24/11: not yet "vence em 30 dias"; 15/12 is.
    expect(action.dueSoon).toBe(false);
    await admin.actionPlan.saveOperationalAction.mutate({
      code: '1.4.5',
      strategicActionCode: '1.4',
      text: 'Publicar o relatório semestral de monitoramento do plano',
      responsibleText: 'Superintendente',
      coordinationCodes: ['SUPERINTENDENCIA', 'SUPERINTENDENCIA'],
      participants: null,
      deadlineText: 'Até 15 de dezembro de 2026',
      observations: null,
      version: action.version,
    });
    const { body: dueSoon } = await getJson<ApiAction[]>(server, '/api/v1/actions?vencendo=1');
    expect(dueSoon.map((row) => [row.code, row.endsOn])).toEqual([['1.4.5', '2026-12-15']]);
    // "Minhas ações": the superintendência's own, none for a gestor regional.
    const mine = await superintendence.actionPlan.mine.query({ month: '2026-11' });
    expect(mine.rows.map((row) => row.code)).toContain('1.4.5');
    expect(mine.rows.every((row) => row.coordinationCodes.includes('SUPERINTENDENCIA'))).toBe(true);
    expect((await norte.actionPlan.mine.query({ month: '2026-11' })).rows).toEqual([]);
    await expect(
      coap.actionPlan.saveOperationalAction.mutate({
        code: '1.4.6',
        strategicActionCode: '1.4',
        text: 'x',
        responsibleText: 'COAP',
        coordinationCodes: ['COAP'],
        participants: null,
        deadlineText: '2026',
        observations: null,
        version: null,
      }),
    ).rejects.toThrow(/Só o administrador/);
  });

  it('adds an objective with a strategic action, keeps hand-set dates until the prazo text changes, and retires the objective', async () => {
    await admin.actionPlan.saveObjective.mutate({
      code: '5',
      perspective: 'Processos',
      name: 'Objetivo de teste',
      version: null,
    });
    await expect(
      admin.actionPlan.saveObjective.mutate({
        code: '5',
        perspective: 'Processos',
        name: 'Outro',
        version: null,
      }),
    ).rejects.toThrow(/O objetivo 5 já existe/);
    await admin.actionPlan.saveStrategicAction.mutate({
      code: '5.1',
      objectiveCode: '5',
      text: 'Ação estratégica de teste',
      responsibleText: 'Superintendente',
      deadlineText: 'contínuo',
      version: null,
    });
    const strategicOf = async () =>
      (await admin.actionPlan.tree.query({})).objectives
        .find((objective) => objective.code === '5')
        ?.strategicActions.find((action) => action.code === '5.1');
    const created = await strategicOf();
    expect([created?.startsOn, created?.endsOn]).toEqual([null, null]);
    await admin.actionPlan.setDates.mutate({
      kind: 'strategic',
      code: '5.1',
      dates: { startsOn: '2026-01-01', endsOn: null },
      version: created?.version as number,
    });
    const dated = await strategicOf();
    const edit = {
      code: '5.1',
      objectiveCode: '5',
      text: 'Ação estratégica de teste, revista',
      responsibleText: 'Superintendente',
      deadlineText: 'contínuo',
      version: dated?.version as number,
    };
    await admin.actionPlan.saveStrategicAction.mutate(edit);
    const kept = await strategicOf();
    expect([kept?.text, kept?.startsOn, kept?.datesSetBy]).toEqual([
      'Ação estratégica de teste, revista',
      '2026-01-01',
      expect.any(Number),
    ]);
    await admin.actionPlan.saveStrategicAction.mutate({
      ...edit,
      deadlineText: 'Até dez/2027',
      version: kept?.version as number,
    });
    const reread = await strategicOf();
    expect([reread?.startsOn, reread?.endsOn, reread?.datesSetBy]).toEqual([null, '2027-12-31', null]);

    const objective = (await admin.actionPlan.tree.query({})).objectives.find((item) => item.code === '5');
    await admin.actionPlan.setRetired.mutate({
      kind: 'objective',
      code: '5',
      retired: true,
      version: objective?.version as number,
    });
    expect((await admin.actionPlan.tree.query({})).objectives.map((item) => item.code)).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
    const retired = (await admin.actionPlan.tree.query({ includeRetired: true })).objectives.find(
      (item) => item.code === '5',
    );
    expect(retired?.retiredAt).not.toBeNull();
    await admin.actionPlan.setRetired.mutate({
      kind: 'objective',
      code: '5',
      retired: false,
      version: retired?.version as number,
    });
    expect((await admin.actionPlan.tree.query({})).objectives.map((item) => item.code)).toContain('5');
    const audit = await admin.admin.audit.query({ entity: 'plano', entityKey: '5.1', page: 1 });
    expect(audit.rows.map((row) => row.action)).toEqual([
      'ação estratégica alterada',
      'ação estratégica alterada',
      'datas do prazo definidas',
      'ação estratégica criada',
    ]);
  });

  it('ships the plan file it reads from, transcribed with the printed texts', () => {
    const file = JSON.parse(fs.readFileSync('data/plan/acoes.json', 'utf8')) as {
      acoes_estrategicas: { acoes_operacionais: unknown[] }[];
    };
    expect(file.acoes_estrategicas.flatMap((action) => action.acoes_operacionais)).toHaveLength(96);
  });
});
