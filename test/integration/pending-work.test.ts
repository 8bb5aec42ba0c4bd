/**
 * Pendências through HTTP, on the example data; today is 24/11/2026 and the meeting being prepared
 * is November's (it reviews October). Each role gets its own list; doing the work removes the item.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

let server: TestServer;
let coap: ReturnType<typeof trpcAs>;
let superintendence: ReturnType<typeof trpcAs>;

beforeEach(async () => {
  server = await startTestServer({ seedExampleData: true });
  coap = trpcAs(server.url, await logInAs(server, 'coap'));
  superintendence = trpcAs(server.url, await logInAs(server, 'superintendencia'));
});

afterEach(async () => {
  await server.stop();
});

describe('pendências', () => {
  it('lists the records a coordenadoria owes for the reviewed month, as "Minhas ações" does', async () => {
    const work = await coap.pendingWork.mine.query();
    expect(work.meeting).toMatchObject({ month: '2026-11', reviewedMonth: '2026-10' });
    expect(work.coordinationCodes).toEqual(['COAP']);
    const owed = (await coap.actionPlan.mine.query({ month: '2026-10' })).rows.filter(
      (row) => row.owesRecord,
    );
    const records = work.items.filter((item) => item.kind === 'record');
    expect(owed.length).toBeGreaterThan(0);
    expect(records.map((item) => item.subject).sort()).toEqual(owed.map((row) => row.code).sort());
    expect(work.items.every((item) => item.coordinationCode === 'COAP')).toBe(true);
    expect(work.byCoordination).toBeNull();
  });

  it('drops the item once the month is recorded', async () => {
    const before = await coap.pendingWork.mine.query();
    const first = before.items.find((item) => item.kind === 'record');
    if (!first) throw new Error('a COAP deveria ter registros pendentes');
    const { history } = await coap.actionPlan.action.query({ code: first.subject });
    await coap.actionPlan.record.mutate({
      code: first.subject,
      basedOnRecordId: history.length === 0 ? null : Math.max(...history.map((record) => record.id)),
      referenceMonth: '2026-10',
      status: 'in_progress',
      percentDone: 40,
      doneText: 'Registro de outubro feito a partir das pendências.',
      difficulties: null,
      evidenceLinks: [],
      nonConformity: null,
    });
    const after = await coap.pendingWork.mine.query();
    expect(after.items.filter((item) => item.kind === 'record')).toHaveLength(
      before.items.filter((item) => item.kind === 'record').length - 1,
    );
    expect(after.items.some((item) => item.kind === 'record' && item.subject === first.subject)).toBe(false);
  });

  it('shows a deliberation assigned to the coordenadoria from a week before its deadline', async () => {
    const later = await superintendence.meeting.addDeliberation.mutate({
      month: '2026-11',
      text: 'Enviar o cronograma das oficinas à superintendência.',
      ownerCoordinationCode: 'COAP',
      ownerText: null,
      deadline: '2026-12-20',
    });
    const soon = await superintendence.meeting.addDeliberation.mutate({
      month: '2026-11',
      text: 'Apresentar a lista de municípios sem equipe completa.',
      ownerCoordinationCode: 'COAP',
      ownerText: null,
      deadline: '2026-11-28',
    });
    const deliberations = (await coap.pendingWork.mine.query()).items.filter(
      (item) => item.kind === 'deliberation',
    );
    const subjects = deliberations.map((item) => item.subject);
    expect(subjects).toContain(String(soon.id));
    expect(subjects).not.toContain(String(later.id));
  });

  it('gives the superintendência everyone’s pendências by coordenadoria, and a gestor regional none', async () => {
    const [work, coapWork] = await Promise.all([
      superintendence.pendingWork.mine.query(),
      coap.pendingWork.mine.query(),
    ]);
    const coapRow = work.byCoordination?.find((row) => row.code === 'COAP');
    expect(coapRow?.name).toContain('Atenção Primária');
    expect(coapRow?.counts.record).toBe(coapWork.items.filter((item) => item.kind === 'record').length);
    expect(work.coordinationCodes).toEqual(['SUPERINTENDENCIA']);
    const norte = trpcAs(server.url, await logInAs(server, 'norte'));
    const regional = await norte.pendingWork.mine.query();
    expect(regional.items).toEqual([]);
    expect(regional.byCoordination).toBeNull();
  });
});
