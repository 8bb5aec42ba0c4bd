/**
 * The regional brief through HTTP on the example data (today 24/11/2026): worst three first by
 * shortfall, the actions and deliberations that name the territory, its macro's planificação and
 * the last 30 days' changes; scoped to what the reader may open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

let server: TestServer;
let superintendence: ReturnType<typeof trpcAs>;
let norte: ReturnType<typeof trpcAs>;
let coap: ReturnType<typeof trpcAs>;

beforeAll(async () => {
  server = await startTestServer({ seedExampleData: true });
  superintendence = trpcAs(server.url, await logInAs(server, 'superintendencia'));
  norte = trpcAs(server.url, await logInAs(server, 'norte'));
  coap = trpcAs(server.url, await logInAs(server, 'coap'));
});

afterAll(async () => {
  await server.stop();
});

describe('regional brief', () => {
  it('puts the three indicators furthest behind their target first', async () => {
    const brief = await norte.territory.brief.query({ code: '5103', year: 2025 });
    const worst = brief.rows.filter((row) => row.isWorst);
    expect(worst.length).toBeGreaterThan(0);
    expect(worst.length).toBeLessThanOrEqual(3);
    expect(brief.rows.slice(0, worst.length)).toEqual(worst);
    for (const row of worst) {
      const { value, target } = row.figure;
      // Shortfall relative to the target, by hand from the figure shown.
      const byHand =
        row.indicator.polarity === 'higher'
          ? ((target as number) - (value as number)) / Math.abs(target as number)
          : ((value as number) - (target as number)) / Math.abs(target as number);
      expect(row.shortfall).toBeCloseTo(byHand, 10);
      expect(row.shortfall).toBeGreaterThan(0);
    }
    const shortfalls = worst.map((row) => row.shortfall as number);
    expect(shortfalls).toEqual([...shortfalls].sort((a, b) => b - a));
    // No indicator left out of the brief is further behind than the last of the three.
    const others = brief.rows.filter((row) => !row.isWorst && row.shortfall !== null);
    for (const row of others)
      expect(row.shortfall as number).toBeLessThanOrEqual(shortfalls.at(-1) as number);
    // Every indicator of the territory view is in the brief once, with the state's figure beside it.
    const view = await norte.territory.view.query({ code: '5103', year: 2025 });
    expect(brief.rows.map((row) => row.indicator.code).sort()).toEqual(
      view.groups.flatMap((group) => group.rows.map((row) => row.indicator.code)).sort(),
    );
    expect(brief.rows.every((row) => row.stateFigure !== undefined)).toBe(true);
  });

  it('lists the actions that name the territory as the plan writes it', async () => {
    const north = await superintendence.territory.brief.query({ code: '5103', year: 2026 });
    expect(north.actions.map((action) => action.code)).toEqual(expect.arrayContaining(['2.1.2', '2.1.5']));
    const south = await superintendence.territory.brief.query({ code: '5101', year: 2026 });
    // The Sul is named as a macro (4.4.4, 4.5.3) and through its região, "Região de Saúde Sul" (4.5.4).
    expect(south.actions.map((action) => action.code)).toEqual(
      expect.arrayContaining(['4.4.4', '4.5.3', '4.5.4']),
    );
    expect(south.actions.map((action) => action.code)).not.toContain('2.1.2');
    const southRegion = await superintendence.territory.brief.query({ code: '51013', year: 2026 });
    expect(southRegion.actions.map((action) => action.code)).toEqual(
      expect.arrayContaining(['4.4.4', '4.5.3']),
    );
    expect(southRegion.planification?.code).toBe('5101');
  });

  it('shows the macro’s planificação and what changed in the last 30 days', async () => {
    const view = await superintendence.planification.view.query();
    const before = await superintendence.territory.brief.query({ code: '5103', year: 2026 });
    // The last 30 days, today included.
    expect(before.since).toBe('2026-10-26');
    expect(before.planification?.adheringCount).toBe(
      view.macros.find((macro) => macro.code === '5103')?.adheringCount,
    );
    await coap.planification.addTraining.mutate({
      macroCode: '5103',
      heldOn: '2026-11-23',
      title: 'Oficina de acompanhamento',
      professionals: 42,
    });
    const after = await superintendence.territory.brief.query({ code: '5103', year: 2026 });
    expect(after.changes.planification).toContainEqual({
      label: 'Oficina de acompanhamento: 42 profissionais',
      date: '2026-11-23',
    });
    expect(after.planification?.trained).toBe((before.planification?.trained ?? 0) + 42);
    expect(after.changes.values.map((change) => change.indicatorCode)).toContain('PLAN-PROF');
  });

  it('is refused outside the reader’s territory and for a município', async () => {
    await expect(norte.territory.brief.query({ code: '5101', year: 2026 })).rejects.toThrow(
      /Seu acesso não inclui/,
    );
    await expect(superintendence.territory.brief.query({ code: '5103403', year: 2026 })).rejects.toThrow(
      /macrorregião ou uma região de saúde/,
    );
  });
});
