/**
 * The coordenadoria's check of a month (issue 11, item 4), through HTTP and SQLite. Clock 24/11/2026:
 * the November meeting reviews October.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

const CUIABA = '5103403';
let server: TestServer;
let coap: ReturnType<typeof trpcAs>;
let superintendence: ReturnType<typeof trpcAs>;
let norte: ReturnType<typeof trpcAs>;

// A fresh database per test: each marks and changes October as its own story needs.
beforeEach(async () => {
  server = await startTestServer({ seedExampleData: false });
  coap = trpcAs(server.url, await logInAs(server, 'coap'));
  superintendence = trpcAs(server.url, await logInAs(server, 'superintendencia'));
  norte = trpcAs(server.url, await logInAs(server, 'norte'));
  await coap.dataEntry.save.mutate({
    code: '713',
    cells: [
      { territoryCode: CUIABA, period: '2026-10', numerator: 150, denominator: 1000, expectedVersion: null },
    ],
  });
});

afterEach(async () => {
  await server.stop();
});

/** What the page showed: the fingerprint `check` gives with the values. */
const seenValues = async (code: string, month: string) =>
  (await coap.dataCycle.check.query({ code, month })).valuesFingerprint;

const uncheckedCodes = async () =>
  (await superintendence.meeting.get.query({ month: '2026-11' })).pack.unchecked.map((item) => item.code);

describe('conferido', () => {
  it('the coordenadoria marks its indicator’s month, and the pack stops listing it', async () => {
    expect(await uncheckedCodes()).toContain('713');
    expect(await coap.dataCycle.check.query({ code: '713', month: '2026-10' })).toMatchObject({
      state: 'unchecked',
      canMark: true,
    });
    await coap.dataCycle.markChecked.mutate({
      code: '713',
      month: '2026-10',
      note: 'SIH de outubro conferido',
      seenValues: await seenValues('713', '2026-10'),
    });
    expect(await coap.dataCycle.check.query({ code: '713', month: '2026-10' })).toMatchObject({
      state: 'checked',
      note: 'SIH de outubro conferido',
      checkedByName: expect.stringMatching(/Atenção Primária/),
    });
    const codes = await uncheckedCodes();
    expect(codes).not.toContain('713');
    expect(codes).toContain('731');
    const audit = await server.db('audit_log').where({ entity: 'conferencia', entity_key: '713|2026-10' });
    expect(audit).toHaveLength(1);
    // The scorecard of 2026 says which figures' last full month is not checked.
    const scorecard = await superintendence.scorecard.state.query({ year: 2026 });
    const rows = scorecard.groups.flatMap((group) => group.rows);
    expect(rows.find((row) => row.code === '713')?.check).toEqual({ month: '2026-10', state: 'checked' });
    expect(rows.find((row) => row.code === '731')?.check).toEqual({ month: '2026-10', state: 'unchecked' });
  });

  it('only the indicator’s people mark it, and not a month that has not begun', async () => {
    await expect(
      coap.dataCycle.markChecked.mutate({ code: '731', month: '2026-10', note: null, seenValues: '' }),
    ).rejects.toThrow(/Quem confere o indicador 731 é a coordenadoria CACS/);
    await expect(
      norte.dataCycle.markChecked.mutate({ code: '713', month: '2026-10', note: null, seenValues: '' }),
    ).rejects.toThrow(/Quem confere/);
    expect(await norte.dataCycle.check.query({ code: '713', month: '2026-10' })).toMatchObject({
      canMark: false,
    });
    await expect(
      coap.dataCycle.markChecked.mutate({ code: '713', month: '2026-12', note: null, seenValues: '' }),
    ).rejects.toThrow(/dez\/2026 ainda não começou/);
  });

  it('a value changed after the check asks for a new one', async () => {
    await coap.dataCycle.markChecked.mutate({
      code: '713',
      month: '2026-10',
      note: null,
      seenValues: await seenValues('713', '2026-10'),
    });
    await coap.dataEntry.save.mutate({
      code: '713',
      cells: [
        { territoryCode: CUIABA, period: '2026-10', numerator: 151, denominator: 1000, expectedVersion: 1 },
      ],
    });
    expect(await coap.dataCycle.check.query({ code: '713', month: '2026-10' })).toMatchObject({
      state: 'changed_after',
    });
    expect(await uncheckedCodes()).toContain('713');
  });

  it('refuses to mark values changed after the page showed them', async () => {
    const seen = await seenValues('713', '2026-10');
    // Someone saves October while the coordenadoria is still reading the page.
    await superintendence.dataEntry.save.mutate({
      code: '713',
      cells: [
        { territoryCode: CUIABA, period: '2026-10', numerator: 152, denominator: 1000, expectedVersion: 1 },
      ],
    });
    await expect(
      coap.dataCycle.markChecked.mutate({ code: '713', month: '2026-10', note: null, seenValues: seen }),
    ).rejects.toMatchObject({
      message:
        'Os valores de 713 em out/2026 mudaram depois que você abriu a página: confira-os de novo e marque outra vez.',
      data: { code: 'CONFLICT' },
    });
    expect(await coap.dataCycle.check.query({ code: '713', month: '2026-10' })).toMatchObject({
      state: 'unchecked',
    });
    expect(await server.db('audit_log').where({ entity: 'conferencia' })).toHaveLength(0);
  });
});
