/**
 * Computed figures are kept until the data changes (issue 14): a write through another instance
 * (or process) on the same database shows on the very next read of the first, on both engines.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDataRevision } from '../../server/db/repositories/data-revision-repository.ts';
import { type RunningServer, startServer } from '../../server/start.ts';
import { FROZEN_NOW, logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

let first: TestServer;
let second: RunningServer;

beforeEach(async () => {
  first = await startTestServer({ seedExampleData: true });
  second = await startServer({
    databaseUrl: first.databaseUrl,
    port: 0,
    seedExampleData: false,
    now: () => FROZEN_NOW,
  });
});

afterEach(async () => {
  await second.close();
  await first.stop();
});

const stateRow = async (url: string, cookie: string, code: string) =>
  (await trpcAs(url, cookie).scorecard.state.query({ year: 2025 })).groups
    .flatMap((group) => group.rows)
    .find((row) => row.code === code);

describe('figures kept between reads', () => {
  it('shows a write made through another instance on the next read', async () => {
    const reader = await logInAs(first, 'superintendencia');
    const before = await stateRow(first.url, reader, '713');
    expect(await stateRow(first.url, reader, '713')).toEqual(before);
    const figuresBefore = await trpcAs(first.url, reader).indicator.figures.query({
      code: '713',
      level: 'macro',
      year: 2025,
    });

    // Cuiabá's March doubles, through the other instance.
    const coap = trpcAs(second.url, await logInAs(second, 'coap'));
    const grid = await coap.dataEntry.grid.query({ code: '713', year: 2025 });
    const cell = grid.cells.find((item) => item.territoryCode === '5103403' && item.period === '2025-03');
    expect(cell).toBeDefined();
    await coap.dataEntry.save.mutate({
      code: '713',
      cells: [
        {
          territoryCode: '5103403',
          period: '2025-03',
          numerator: (cell?.numerator ?? 0) * 2 + 1,
          denominator: cell?.denominator ?? null,
          expectedVersion: cell?.version ?? null,
        },
      ],
      justification: 'Teste do cache',
    });

    const after = await stateRow(first.url, reader, '713');
    expect(after?.figure.numerator).toBe((before?.figure.numerator ?? 0) + (cell?.numerator ?? 0) + 1);
    // The first instance now says what the second computes fresh.
    expect(after).toEqual(await stateRow(second.url, await logInAs(second, 'superintendencia'), '713'));
    const figuresAfter = await trpcAs(first.url, reader).indicator.figures.query({
      code: '713',
      level: 'macro',
      year: 2025,
    });
    expect(figuresAfter).not.toEqual(figuresBefore);
  });

  it('keeps the indicator page’s actions and sheet, and shows a record or a link made through another instance on the next read', async () => {
    const reader = trpcAs(first.url, await logInAs(first, 'superintendencia'));
    const before = await reader.indicator.actions.query({ code: 'DIRETRIZES-CIB' });
    expect(await reader.indicator.actions.query({ code: 'DIRETRIZES-CIB' })).toEqual(before);
    const [action] = before.proposed;
    if (!action) throw new Error('DIRETRIZES-CIB deveria ter ações propostas');
    const sheet = await reader.indicator.sheet.query({ code: '713' });

    // Through the other instance: the action is linked, then recorded as concluded in October.
    const other = trpcAs(second.url, await logInAs(second, 'superintendencia'));
    await other.indicator.setActions.mutate({ code: 'DIRETRIZES-CIB', actionCodes: [action.code] });
    const { history } = await other.actionPlan.action.query({ code: action.code });
    await other.actionPlan.record.mutate({
      code: action.code,
      basedOnRecordId: history.length === 0 ? null : Math.max(...history.map((record) => record.id)),
      referenceMonth: '2026-10',
      status: 'done',
      percentDone: 100,
      doneText: 'Registro do teste das leituras guardadas.',
      difficulties: null,
      evidenceLinks: [],
      nonConformity: null,
    });
    const after = await reader.indicator.actions.query({ code: 'DIRETRIZES-CIB' });
    expect(after.linked).toEqual([
      expect.objectContaining({ code: action.code, status: 'done', lastRecordMonth: '2026-10' }),
    ]);
    expect(after.proposed.map((proposed) => proposed.code)).not.toContain(action.code);
    // The sheet says up to when the indicator has data: Cuiabá's November moves it on.
    expect(await reader.indicator.sheet.query({ code: '713' })).toEqual(sheet);
    expect(sheet.latestPeriod).toBe('2026-10');
    const coap = trpcAs(second.url, await logInAs(second, 'coap'));
    const october = (await coap.dataEntry.grid.query({ code: '713', year: 2026 })).cells.find(
      (cell) => cell.territoryCode === '5103403' && cell.period === '2026-10',
    );
    await coap.dataEntry.save.mutate({
      code: '713',
      cells: [
        {
          territoryCode: '5103403',
          period: '2026-11',
          numerator: october?.numerator ?? null,
          denominator: october?.denominator ?? null,
          expectedVersion: null,
        },
      ],
    });
    expect((await reader.indicator.sheet.query({ code: '713' })).latestPeriod).toBe('2026-11');
  });

  it('a gestor regional still sees only their own territories from kept figures', async () => {
    const admin = trpcAs(first.url, first.adminCookie);
    const all = await admin.indicator.figures.query({ code: '713', level: 'macro', year: 2025 });
    const norte = trpcAs(first.url, await logInAs(first, 'norte'));
    const own = await norte.indicator.figures.query({ code: '713', level: 'macro', year: 2025 });
    expect(all.length).toBe(6);
    expect(own.map((figure) => figure.territoryCode)).toEqual(['5103']);
    expect(await admin.indicator.figures.query({ code: '713', level: 'macro', year: 2025 })).toHaveLength(6);
  });

  it('a gestor regional still reads only their own territory and macro from kept pages', async () => {
    const admin = trpcAs(first.url, first.adminCookie);
    const norte = trpcAs(first.url, await logInAs(first, 'norte'));
    // The superintendência's reads are kept first; the gestor's come from the same store.
    expect((await admin.planification.view.query()).macros.length).toBe(6);
    await admin.territory.view.query({ code: '5101', year: 2025 });
    expect((await norte.planification.view.query()).macros.map((macro) => macro.code)).toEqual(['5103']);
    await expect(norte.territory.view.query({ code: '5101', year: 2025 })).rejects.toThrow(/acesso/);
    const own = await norte.territory.view.query({ code: '5103', year: 2025 });
    expect(own.territory.code).toBe('5103');
    // And what the superintendência may record stays hers: the gestor's kept page says "no".
    expect((await admin.planification.view.query()).canRecord).toBe(true);
    expect((await norte.planification.view.query()).canRecord).toBe(false);
  });

  it('keeps them through logins, which change no figure, and drops them on any other write', async () => {
    const before = await readDataRevision(first.db);
    await logInAs(first, 'coap');
    await expect(logInAs(first, 'coap', 'senha-errada-de-proposito')).rejects.toThrow(/401/);
    expect(await readDataRevision(first.db)).toBe(before);
    await trpcAs(first.url, await logInAs(first, 'superintendencia')).dataCycle.markChecked.mutate({
      code: '713',
      month: '2026-10',
      note: null,
      seenValues: (
        await trpcAs(first.url, first.adminCookie).dataCycle.check.query({ code: '713', month: '2026-10' })
      ).valuesFingerprint,
    });
    expect(await readDataRevision(first.db)).not.toBe(before);
  });
});
