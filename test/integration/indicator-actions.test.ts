/**
 * The actions that serve each indicator (issue 15): the plan proposes its objective's actions, the
 * superintendência confirms and edits (audited), and the pack says which off-target indicator has
 * no action under way.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
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

describe('ações que servem a um indicador', () => {
  it('are proposed from the indicator’s objective, confirmed by the superintendência and audited', async () => {
    const before = await superintendence.indicator.actions.query({ code: 'DIRETRIZES-CIB' });
    expect(before.linked).toEqual([]);
    expect(before.canEdit).toBe(true);
    expect(before.proposed.length).toBeGreaterThan(0);
    expect(before.proposed.every((action) => action.code.startsWith('3.'))).toBe(true);
    // A result indicator (objective RS) is served by every objective: nothing is proposed.
    expect((await superintendence.indicator.actions.query({ code: '713' })).proposed).toEqual([]);

    const [first] = before.proposed;
    await superintendence.indicator.setActions.mutate({
      code: 'DIRETRIZES-CIB',
      actionCodes: ['1.3.2', first?.code as string, '1.3.2'],
    });
    const after = await superintendence.indicator.actions.query({ code: 'DIRETRIZES-CIB' });
    expect(after.linked.map((action) => action.code)).toEqual(['1.3.2', first?.code]);
    expect(after.proposed.map((action) => action.code)).not.toContain(first?.code);
    const audit = await trpcAs(server.url, server.adminCookie).admin.audit.query({
      entity: 'indicador-acoes',
    });
    expect(audit.rows[0]).toMatchObject({ entityKey: 'DIRETRIZES-CIB' });
  });

  it('are changed only by the superintendência and the administrator, with known actions', async () => {
    const coap = trpcAs(server.url, await logInAs(server, 'coap'));
    expect((await coap.indicator.actions.query({ code: '713' })).canEdit).toBe(false);
    await expect(coap.indicator.setActions.mutate({ code: '713', actionCodes: ['4.7.2'] })).rejects.toThrow(
      'Só a superintendência e o administrador ligam ações aos indicadores.',
    );
    await expect(
      superintendence.indicator.setActions.mutate({ code: '713', actionCodes: ['4.7.2', '9.9.9'] }),
    ).rejects.toThrow('Ação desconhecida ou retirada do plano: 9.9.9.');
    expect((await superintendence.indicator.actions.query({ code: '713' })).linked).toEqual([]);
  });

  it('show on the pack with their situation, for "sem ação em andamento"', async () => {
    const pack = async () => (await superintendence.meeting.get.query({ month: '2026-11' })).pack;
    const offTarget = (await pack()).indicators.find(
      (item) => item.status === 'not_achieved' || item.status === 'at_risk',
    );
    expect(offTarget?.linkedActions).toEqual([]);
    const inProgress = (await superintendence.actionPlan.list.query({})).rows.find(
      (action) => action.status === 'in_progress',
    );
    expect(inProgress).toBeDefined();
    await superintendence.indicator.setActions.mutate({
      code: offTarget?.code as string,
      actionCodes: [inProgress?.code as string],
    });
    const linked = (await pack()).indicators.find((item) => item.code === offTarget?.code)?.linkedActions;
    expect(linked).toEqual([{ code: inProgress?.code, status: 'in_progress' }]);
  });
});
