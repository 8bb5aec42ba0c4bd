/**
 * The reunião de condução through HTTP, on the example history (records of ago–out/2026, the
 * closed meeting of out/2026 and today's 24/11/2026): the pack, pautas, deliberations, closing
 * (frozen snapshot) and the follow-up of deliberations at the next meeting.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

let server: TestServer;
let superintendence: ReturnType<typeof trpcAs>;
let coap: ReturnType<typeof trpcAs>;
let norte: ReturnType<typeof trpcAs>;

// A fresh database per test (a copy of one seeded once): each test writes what its story needs.
beforeEach(async () => {
  server = await startTestServer({ seedExampleData: true });
  superintendence = trpcAs(server.url, await logInAs(server, 'superintendencia'));
  coap = trpcAs(server.url, await logInAs(server, 'coap'));
  norte = trpcAs(server.url, await logInAs(server, 'norte'));
});

afterEach(async () => {
  await server.stop();
});

/** COAP proposes a pauta for November's meeting. */
const submitOficinaPauta = () =>
  coap.meeting.submitAgendaItem.mutate({
    month: '2026-11',
    coordinationCode: 'COAP',
    title: 'Oficina da etapa 2 da planificação na Macro Norte',
    description: null,
  });

/** The superintendência records a deliberation for COAP and moves the meeting to 24/11. */
async function deliberateForCoapAndMoveTo24th() {
  await superintendence.meeting.addDeliberation.mutate({
    month: '2026-11',
    text: 'Remarcar a oficina da etapa 2 na Macro Norte e informar a nova data aos municípios.',
    ownerCoordinationCode: 'COAP',
    ownerText: null,
    deadline: '2026-12-10',
  });
  const { meeting } = await superintendence.meeting.get.query({ month: '2026-11' });
  await superintendence.meeting.schedule.mutate({
    month: '2026-11',
    scheduledOn: '2026-11-24',
    participants: 'Superintendente; COAP; CORAS; CAS',
    version: meeting.version,
  });
}

/** After the meeting, COAP records a new não conformidade on 4.7.2. */
async function recordTutorNonConformity() {
  const [latest] = (await coap.actionPlan.action.query({ code: '4.7.2' })).history;
  await coap.actionPlan.record.mutate({
    code: '4.7.2',
    basedOnRecordId: latest?.id ?? null,
    referenceMonth: '2026-11',
    status: 'in_progress',
    percentDone: 60,
    doneText: null,
    difficulties: null,
    evidenceLinks: [],
    nonConformity: {
      description: 'Tutores da etapa 2 ainda não contratados.',
      cause: null,
      correctiveAction: 'Abrir chamamento de tutores.',
      correctiveOwner: 'COAP',
      correctiveDeadline: '2026-12-20',
    },
  });
}

describe('reunião de condução', () => {
  it('lists last month’s closed meeting and this month’s, on the first Tuesday', async () => {
    const list = await norte.meeting.list.query();
    expect(list.upcoming).toMatchObject({ month: '2026-11', scheduledOn: '2026-11-03', closedAt: null });
    const october = list.meetings.find((meeting) => meeting.month === '2026-10');
    expect(october).toMatchObject({ scheduledOn: '2026-10-06', deliberations: 2, isExample: true });
    expect(october?.closedAt).not.toBeNull();
  });

  it('assembles the pack from the data since the last meeting', async () => {
    const { pack, isFrozen } = await norte.meeting.get.query({ month: '2026-11' });
    expect(isFrozen).toBe(false);
    expect(pack.previousMeeting?.month).toBe('2026-10');
    // Non-conformities: only the one recorded after 06/10 (4.7.2), not the one the October meeting saw (1.1.4).
    expect(pack.nonConformities.map((item) => item.actionCode)).toEqual(['4.7.2']);
    expect(pack.nonConformities[0]).toMatchObject({ correctiveOwner: 'COAP — Coordenação do GTE' });
    // Updated since the meeting: exactly the records written after it closed.
    const closedAt = pack.previousMeeting?.closedAt as string;
    const after = await server.db('monitoring_records').where('recorded_at', '>=', closedAt).count('* as n');
    expect(pack.updated).toHaveLength(Number(after[0]?.n));
    // Overdue actions are the same the action list shows.
    const { rows } = await norte.actionPlan.list.query({ overdue: true });
    expect(pack.overdue.map((action) => action.code)).toEqual(rows.map((row) => row.code));
    // November's meeting reviews October: the actions that owe October's record and lack it.
    expect(pack.reportMonth).toBe('2026-10');
    const mine = await coap.actionPlan.mine.query({ month: '2026-10' });
    const coapOwing = mine.rows.filter((row) => row.owesRecord).map((row) => row.code);
    expect(coapOwing.length).toBeGreaterThan(0);
    const missing = pack.missingRecord.map((action) => action.code);
    expect(missing).toEqual(expect.arrayContaining(coapOwing));
    const recordedInOctober = mine.rows.filter((row) => row.hasRecordThisMonth).map((row) => row.code);
    expect(recordedInOctober.length).toBeGreaterThan(0);
    expect(missing.some((code) => recordedInOctober.includes(code))).toBe(false);
    expect(pack.agendaItems.map((item) => item.title)).toEqual([
      'Adesão dos municípios da Macro Oeste à planificação',
    ]);
    // October's deliberations are still open, so they come back.
    expect(pack.openDeliberations).toHaveLength(2);
    expect(pack.openDeliberations.find((item) => item.ownerCoordinationCode === 'CORAS')?.overdue).toBe(true);
    // Indicators of 2026 off target or changed since October, each with the status October saw.
    const october = await norte.meeting.get.query({ month: '2026-10' });
    expect(october.pack.year).toBe(2026);
    expect(pack.indicators.length).toBeGreaterThan(0);
    for (const item of pack.indicators) {
      expect(item.previousStatus).toBe(october.pack.indicatorStatuses[item.code]);
      expect(['not_achieved', 'at_risk'].includes(item.status) || item.previousStatus !== item.status).toBe(
        true,
      );
    }
  });

  it('takes pautas from coordenadorias for themselves only', async () => {
    await submitOficinaPauta();
    const { pack } = await superintendence.meeting.get.query({ month: '2026-11' });
    expect(pack.agendaItems.map((item) => item.title)).toContain(
      'Oficina da etapa 2 da planificação na Macro Norte',
    );
    await expect(
      coap.meeting.submitAgendaItem.mutate({
        month: '2026-11',
        coordinationCode: 'CAS',
        title: 'x',
        description: null,
      }),
    ).rejects.toThrow(/em nome de CAS/);
    await expect(
      norte.meeting.submitAgendaItem.mutate({
        month: '2026-11',
        coordinationCode: 'COAP',
        title: 'x',
        description: null,
      }),
    ).rejects.toThrow(/Você não pode propor pauta/);
    await expect(
      coap.meeting.submitAgendaItem.mutate({
        month: '2026-11',
        coordinationCode: 'COAP',
        title: '  ',
        description: null,
      }),
    ).rejects.toThrow(/Informe o assunto da pauta/);
  });

  it('refuses pautas for past or far months and deliberations before the meeting happens', async () => {
    await expect(
      coap.meeting.submitAgendaItem.mutate({
        month: '2026-10',
        coordinationCode: 'COAP',
        title: 'x',
        description: null,
      }),
    ).rejects.toThrow(/já passou/);
    await expect(
      coap.meeting.submitAgendaItem.mutate({
        month: '2027-06',
        coordinationCode: 'COAP',
        title: 'x',
        description: null,
      }),
    ).rejects.toThrow(/próximos dois meses/);
    await expect(
      superintendence.meeting.addDeliberation.mutate({
        month: '2026-12',
        text: 'x',
        ownerCoordinationCode: 'COAP',
        ownerText: null,
        deadline: null,
      }),
    ).rejects.toThrow(/ainda não aconteceu/);
    for (const call of [
      () =>
        norte.meeting.schedule.mutate({
          month: '2026-12',
          scheduledOn: '2026-12-01',
          participants: null,
          version: null,
        }),
      () => norte.meeting.close.mutate({ month: '2026-11', version: null }),
      () =>
        coap.meeting.schedule.mutate({
          month: '2026-12',
          scheduledOn: '2026-12-01',
          participants: null,
          version: null,
        }),
    ]) {
      await expect(call()).rejects.toThrow(/Só a superintendência/);
    }
    // Before the plan's first meeting, or behind the last closed one, nothing opens.
    await expect(superintendence.meeting.close.mutate({ month: '2023-05', version: null })).rejects.toThrow(
      /começam em mar\/2024/,
    );
    await expect(superintendence.meeting.close.mutate({ month: '2026-09', version: null })).rejects.toThrow(
      /out\/2026 já foi encerrada/,
    );
    // December's meeting is on 01/12: it cannot be closed on 24/11.
    await expect(superintendence.meeting.close.mutate({ month: '2026-12', version: null })).rejects.toThrow(
      'A reunião de dez/2026 ainda não aconteceu.',
    );
  });

  it('opens the monitoring forms on the month the next meeting reviews', async () => {
    // 24/11/2026, October closed: November's meeting is next, and it reviews October.
    expect(await coap.meeting.upcoming.query()).toEqual({ month: '2026-11', reviewedMonth: '2026-10' });
    await deliberateForCoapAndMoveTo24th();
    const { meeting } = await superintendence.meeting.get.query({ month: '2026-11' });
    await superintendence.meeting.close.mutate({ month: '2026-11', version: meeting.version });
    expect(await coap.meeting.upcoming.query()).toEqual({ month: '2026-12', reviewedMonth: '2026-11' });
  });

  it('closes a meeting only from its date on, and says what each month allows on its page', async () => {
    const { meeting } = await superintendence.meeting.get.query({ month: '2026-11' });
    await superintendence.meeting.schedule.mutate({
      month: '2026-11',
      scheduledOn: '2026-11-30',
      participants: null,
      version: meeting.version,
    });
    const moved = (await superintendence.meeting.get.query({ month: '2026-11' })).meeting;
    await expect(
      superintendence.meeting.close.mutate({ month: '2026-11', version: moved.version }),
    ).rejects.toThrow('A reunião está marcada para 30/11/2026: só pode ser encerrada a partir desse dia.');
    // The page of a month never held, or not open yet, offers nothing the server would refuse.
    const notHeld = await superintendence.meeting.get.query({ month: '2025-06' });
    expect(notHeld.window?.state).toBe('not-held');
    expect(notHeld.window?.notice).toMatch(/^Reunião não realizada/);
    const ahead = await superintendence.meeting.get.query({ month: '2027-03' });
    expect(ahead.window?.state).toBe('not-open-yet');
    expect(ahead.window?.refusals.propose).toBe(
      'Pautas são propostas para as reuniões dos próximos dois meses.',
    );
    const closed = await superintendence.meeting.get.query({ month: '2026-10' });
    expect(closed.window).toBeNull();
  });

  it('lets only the superintendência record deliberations and set the date inside the month', async () => {
    await expect(
      coap.meeting.addDeliberation.mutate({
        month: '2026-11',
        text: 'x',
        ownerCoordinationCode: 'COAP',
        ownerText: null,
        deadline: null,
      }),
    ).rejects.toThrow(/Só a superintendência/);
    await deliberateForCoapAndMoveTo24th();
    const { meeting } = await superintendence.meeting.get.query({ month: '2026-11' });
    expect(meeting).toMatchObject({
      scheduledOn: '2026-11-24',
      participants: 'Superintendente; COAP; CORAS; CAS',
    });
    await expect(
      superintendence.meeting.schedule.mutate({
        month: '2026-11',
        scheduledOn: '2026-12-01',
        participants: null,
        version: meeting.version,
      }),
    ).rejects.toThrow(/deve cair em nov\/2026/);
  });

  it('freezes the pack when closed: later records do not change it and nothing more is added', async () => {
    await submitOficinaPauta();
    await deliberateForCoapAndMoveTo24th();
    const seen = await superintendence.meeting.get.query({ month: '2026-11' });
    // A pauta arriving after the page was opened makes that page's close a conflict.
    await coap.meeting.submitAgendaItem.mutate({
      month: '2026-11',
      coordinationCode: 'COAP',
      title: 'Informe sobre a oficina de tutores',
      description: null,
    });
    await expect(
      superintendence.meeting.close.mutate({ month: '2026-11', version: seen.meeting.version }),
    ).rejects.toThrow(/A reunião mudou/);
    const open = await superintendence.meeting.get.query({ month: '2026-11' });
    await expect(
      coap.meeting.close.mutate({ month: '2026-11', version: open.meeting.version }),
    ).rejects.toThrow(/Só a superintendência/);
    await superintendence.meeting.close.mutate({ month: '2026-11', version: open.meeting.version });
    const closed = await norte.meeting.get.query({ month: '2026-11' });
    expect(closed.isFrozen).toBe(true);
    expect(closed.meeting.participants).toBe('Superintendente; COAP; CORAS; CAS');
    expect(closed.pack.deliberations.map((item) => item.ownerCoordinationCode)).toEqual(['COAP']);
    expect(closed.pack.agendaItems).toHaveLength(3);
    expect(closed.meeting.closedByName).toBe('Superintendência SAS (demonstração)');

    await recordTutorNonConformity();
    const again = await norte.meeting.get.query({ month: '2026-11' });
    expect(again.pack).toEqual(closed.pack);

    await expect(
      coap.meeting.submitAgendaItem.mutate({
        month: '2026-11',
        coordinationCode: 'COAP',
        title: 'Tarde',
        description: null,
      }),
    ).rejects.toThrow(/já foi encerrada/);
    await expect(
      superintendence.meeting.close.mutate({ month: '2026-11', version: again.meeting.version as number }),
    ).rejects.toThrow(/já foi encerrada/);
  });

  it('brings open deliberations and new non-conformities to the next meeting, until done', async () => {
    await submitOficinaPauta();
    await deliberateForCoapAndMoveTo24th();
    const { meeting } = await superintendence.meeting.get.query({ month: '2026-11' });
    await superintendence.meeting.close.mutate({ month: '2026-11', version: meeting.version });
    await recordTutorNonConformity();
    const december = await superintendence.meeting.get.query({ month: '2026-12' });
    expect(december.meeting).toMatchObject({ scheduledOn: '2026-12-01', isSaved: false });
    expect(december.pack.nonConformities.map((item) => item.description)).toEqual([
      'Tutores da etapa 2 ainda não contratados.',
    ]);
    const ours = december.pack.openDeliberations.find((item) => item.ownerCoordinationCode === 'COAP');
    expect(ours?.meetingMonth).toBe('2026-11');

    // COAP follows up its own deliberation; a stale page is refused; CORAS's is not COAP's to update.
    const id = ours?.id as number;
    await coap.meeting.followUpDeliberation.mutate({
      id,
      basedOnUpdateId: null,
      status: 'in_progress',
      note: 'Data proposta: 09/12.',
    });
    await expect(
      coap.meeting.followUpDeliberation.mutate({ id, basedOnUpdateId: null, status: 'done', note: null }),
    ).rejects.toThrow(/atualizou esta deliberação/);
    const coras = december.pack.openDeliberations.find((item) => item.ownerCoordinationCode === 'CORAS');
    await expect(
      coap.meeting.followUpDeliberation.mutate({
        id: coras?.id as number,
        basedOnUpdateId: null,
        status: 'done',
        note: null,
      }),
    ).rejects.toThrow(/Só a coordenadoria responsável/);
    const current = (await coap.meeting.deliberations.query()).find((item) => item.id === id);
    await coap.meeting.followUpDeliberation.mutate({
      id,
      basedOnUpdateId: current?.lastUpdateId ?? null,
      status: 'done',
      note: 'Oficina remarcada e municípios avisados.',
    });
    const later = await superintendence.meeting.get.query({ month: '2026-12' });
    expect(later.pack.openDeliberations.some((item) => item.id === id)).toBe(false);
    const history = (await norte.meeting.deliberations.query()).find((item) => item.id === id)?.history;
    expect(history?.map((update) => update.status)).toEqual(['done', 'in_progress']);
    await expect(server.db('deliberation_updates').delete()).rejects.toThrow(/não pode ser alterado/);
  });

  it('names the coordenadorias, and still reads an ata frozen before names were kept', async () => {
    await submitOficinaPauta();
    const november = await superintendence.meeting.get.query({ month: '2026-11' });
    expect(november.pack.coordinationNames).toMatchObject({
      COAP: 'Coordenadoria de Atenção Primária',
      'SAUDE-BUCAL': 'Coordenadoria de Saúde Bucal',
      SUPERINTENDENCIA: 'Superintendência de Atenção à Saúde (gabinete)',
    });
    const october = await superintendence.meeting.get.query({ month: '2026-10' });
    expect(october.pack.coordinationNames.COAP).toBe('Coordenadoria de Atenção Primária');
    // An ata closed before issue 16 has no names: it still opens, and its codes stand for them.
    const row = await server.db('meetings').where({ month: '2026-10' }).first();
    const { coordinationNames: _names, ...older } = JSON.parse(row.snapshot_json);
    await server
      .db('meetings')
      .where({ month: '2026-10' })
      .update({ snapshot_json: JSON.stringify(older) });
    const olderOctober = await superintendence.meeting.get.query({ month: '2026-10' });
    expect(olderOctober.pack.coordinationNames).toEqual({});
    expect(olderOctober.pack.nonConformities).toEqual(october.pack.nonConformities);
  });

  it('keeps October’s ata as it was seen that day', async () => {
    const october = await norte.meeting.get.query({ month: '2026-10' });
    expect(october.isFrozen).toBe(true);
    // The October pack saw 1.1.4's non-conformity, recorded in September.
    expect(october.pack.nonConformities.map((item) => item.actionCode)).toEqual(['1.1.4']);
    expect(october.pack.deliberations.every((item) => item.status === 'not_started')).toBe(true);
  });
});
