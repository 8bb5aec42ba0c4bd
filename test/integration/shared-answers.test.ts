/**
 * Answers that are the same for every reader (the state scorecard) are kept as sent, per data
 * revision (issue 14): a repeated read gets the same bytes, in the encoding it asks for, a write
 * shows on the next read, and keeping them opens nothing to whoever is not signed in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

let server: TestServer;
let reader: string;

beforeAll(async () => {
  server = await startTestServer({ seedExampleData: true });
  reader = await logInAs(server, 'superintendencia');
});

afterAll(async () => {
  await server.stop();
});

const scorecardPath = (year: unknown) =>
  `/trpc/scorecard.state?input=${encodeURIComponent(JSON.stringify({ year }))}`;

/** The answer as sent: status, encoding and the JSON text. */
async function read(pathname: string, headers: Record<string, string>) {
  const response = await fetch(`${server.url}${pathname}`, { headers });
  // fetch undoes the encoding; the header says which one was sent.
  return {
    status: response.status,
    encoding: response.headers.get('content-encoding'),
    text: await response.text(),
  };
}

describe('answers kept for every reader', () => {
  it('serves the same JSON again, whatever encoding the reader accepts', async () => {
    const first = await read(scorecardPath(2025), { cookie: reader, 'accept-encoding': 'gzip' });
    expect(first.status).toBe(200);
    expect(first.encoding).toBe('gzip');
    const figures = JSON.parse(first.text).result.data;
    expect(figures.year).toBe(2025);
    expect(figures.groups.length).toBeGreaterThan(0);
    const again = await read(scorecardPath(2025), { cookie: reader, 'accept-encoding': 'br' });
    expect(again.encoding).toBe('br');
    expect(again.text).toBe(first.text);
    const plain = await read(scorecardPath(2025), { cookie: reader, 'accept-encoding': 'identity' });
    expect(plain.encoding).toBeNull();
    expect(plain.text).toBe(first.text);
    // A gestor regional reads the same state scorecard.
    const other = await read(scorecardPath(2025), { cookie: await logInAs(server, 'norte') });
    expect(other.text).toBe(first.text);
  });

  it('refuses whoever is not signed in, even for an answer already kept', async () => {
    await read(scorecardPath(2025), { cookie: reader });
    const strangers: Record<string, string>[] = [
      {},
      { cookie: 'painel_sessao=forjada' },
      { authorization: 'Bearer pt_qualquer' },
    ];
    for (const headers of strangers) {
      const refused = await read(scorecardPath(2025), headers);
      expect(refused.status).toBe(401);
      expect(refused.text).not.toContain('groups');
    }
  });

  it('never keeps a refusal: a bad year says so, and a good one still answers', async () => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const refused = await read(scorecardPath('dois mil'), { cookie: reader });
      expect(refused.status).toBe(400);
      expect(JSON.parse(refused.text).error.message).toMatch(/ano/i);
    }
    expect((await read(scorecardPath(2024), { cookie: reader })).status).toBe(200);
  });

  it('answers a batch that mixes it with a personal read for the reader who asked', async () => {
    const batch = `/trpc/scorecard.state,auth.me?batch=1&input=${encodeURIComponent(
      JSON.stringify({ 0: { year: 2025 } }),
    )}`;
    const asSuperintendence = JSON.parse((await read(batch, { cookie: reader })).text);
    const asNorte = JSON.parse((await read(batch, { cookie: await logInAs(server, 'norte') })).text);
    expect(asSuperintendence[1].result.data.username).toBe('superintendencia');
    expect(asNorte[1].result.data.username).toBe('norte');
    expect(asNorte[0].result.data).toEqual(asSuperintendence[0].result.data);
  });

  it('shows a save on the very next read', async () => {
    const coap = trpcAs(server.url, await logInAs(server, 'coap'));
    const stateNumerator = async () =>
      JSON.parse((await read(scorecardPath(2025), { cookie: reader })).text)
        .result.data.groups.flatMap((group: { rows: unknown[] }) => group.rows)
        .find((row: { code: string }) => row.code === '713').figure.numerator as number;
    const before = await stateNumerator();
    const grid = await coap.dataEntry.grid.query({ code: '713', year: 2025 });
    const cell = grid.cells.find((item) => item.territoryCode === '5103403' && item.period === '2025-05');
    expect(cell?.numerator).not.toBeNull();
    await coap.dataEntry.save.mutate({
      code: '713',
      cells: [
        {
          territoryCode: '5103403',
          period: '2025-05',
          numerator: (cell?.numerator ?? 0) + 7,
          denominator: cell?.denominator ?? null,
          expectedVersion: cell?.version ?? null,
        },
      ],
      justification: 'Conferência do que fica guardado',
    });
    expect(await stateNumerator()).toBe(before + 7);
  });
});
