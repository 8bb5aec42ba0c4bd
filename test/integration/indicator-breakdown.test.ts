/**
 * A breakdown by macrorregião or região is read a page at a time (issue 14: a national base has 450
 * regiões): each page holds the same figures `indicator.figures` gives, by the name shown, and what the card
 * says over every row (the shared target, the windows' note) is computed over all of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedTarget, sortByShownName } from '../../shared/domain/breakdown.ts';
import { windowSummary } from '../../shared/domain/completeness.ts';
import { logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ seedExampleData: true });
});

afterAll(async () => {
  await server.stop();
});

describe('indicator.breakdown', () => {
  it.each([
    ['superintendencia', 'macro', 6],
    ['superintendencia', 'region', 16],
    ['norte', 'region', 0],
  ] as const)(
    'gives %s the %s figures by the name shown, with the target and note over all of them',
    async (username, level, count) => {
      const client = trpcAs(server.url, await logInAs(server, username));
      const figures = await client.indicator.figures.query({ code: '713', level, year: 2025 });
      if (count > 0) expect(figures).toHaveLength(count);
      const breakdown = await client.indicator.breakdown.query({ code: '713', level, year: 2025 });
      expect(breakdown).toEqual({
        rows: sortByShownName(figures),
        page: 1,
        pageSize: 50,
        total: figures.length,
        target: sharedTarget(figures),
        targetScope: figures[0]?.targetScope ?? null,
        window: windowSummary(figures),
      });
      expect(breakdown.total).toBeGreaterThan(0);
      // ICSAPS is judged against the state's target everywhere: one line across the chart.
      expect(breakdown.target).toEqual(expect.any(Number));
    },
  );

  it('gives the last page for a page past the end (rows became fewer)', async () => {
    const client = trpcAs(server.url, server.adminCookie);
    const first = await client.indicator.breakdown.query({ code: '713', level: 'region', year: 2025 });
    const past = await client.indicator.breakdown.query({
      code: '713',
      level: 'region',
      year: 2025,
      page: 9,
    });
    expect(past).toEqual(first);
  });

  it('refuses a level it does not break down by, and a page that is no page, in Portuguese', async () => {
    const client = trpcAs(server.url, server.adminCookie);
    await expect(
      client.indicator.breakdown.query({ code: '713', level: 'municipality' as 'region', year: 2025 }),
    ).rejects.toThrow(/Nível desconhecido: a quebra é por macro ou region/);
    await expect(
      client.indicator.breakdown.query({ code: '713', level: 'region', year: 2025, page: 0 }),
    ).rejects.toThrow('Página: no mínimo 1.');
  });
});
