/**
 * Qualidade dos dados (issue 11, item 3) through HTTP and SQLite: who reported October 2026, the
 * justified unusual values, stored values that break a rule (loaded before it existed), each
 * territory's reference month, and who may see it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveDataValues } from '../../server/services/data-values.ts';
import { indicatorsByCode, rawValue } from '../helpers/raw-values.ts';
import { FROZEN_NOW, logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

const CUIABA = '5103403';
const VARZEA_GRANDE = '5108402';
let server: TestServer;
let coap: ReturnType<typeof trpcAs>;

beforeAll(async () => {
  server = await startTestServer({ seedExampleData: false });
  coap = trpcAs(server.url, await logInAs(server, 'coap'));
  await saveDataValues(
    server.db,
    [rawValue('713', CUIABA, '2026-10', 150, 1000), rawValue('713', VARZEA_GRANDE, '2026-10', 40, 300)],
    await indicatorsByCode(server.db),
    FROZEN_NOW,
  );
  // A value that came in before the rule "numerador ≤ denominador" was declared.
  await server.db('data_values').insert({
    indicator_code: '713',
    territory_code: '5100102',
    period: '2026-09',
    year: 2026,
    numerator: 12,
    denominator: 10,
    source: 'carga antiga',
    is_provisional: false,
    is_example: false,
    justification: 'Conferido com o SIH',
    updated_at: FROZEN_NOW.toISOString(),
    version: 1,
  });
});

afterAll(async () => {
  await server.stop();
});

describe('qualidade dos dados', () => {
  it('lists who reported, justified values, broken rules and reference months', async () => {
    const quality = await coap.dataCycle.quality.query({ code: '713', month: '2026-10' });
    const baixada = quality.reporting.find((region) => region.name === 'Baixada Cuiabana');
    expect(baixada).toMatchObject({ reported: 2, expected: 11 });
    expect(baixada?.missing).toContain('Acorizal');
    expect(quality.justified).toEqual([
      expect.objectContaining({
        territoryName: 'Acorizal',
        period: '2026-09',
        justification: 'Conferido com o SIH',
      }),
    ]);
    expect(quality.brokenRules).toEqual([
      {
        territoryName: 'Acorizal',
        period: '2026-09',
        message: 'Regra "numerador ≤ denominador": o numerador (12) é maior que o denominador (10).',
      },
    ]);
    expect(quality.referenceMonths.find((row) => row.level === 'state')).toMatchObject({
      expected: 142,
      // No month of 2026 has 80 % of the municípios: January is the next to count, 2 sent it (so far).
      pending: [{ month: '2026-01', reported: 2, expected: 142 }],
    });
    expect(quality.check).toMatchObject({ state: 'unchecked' });
  });

  it('is for the indicator’s coordenadoria, the superintendência and the administrator', async () => {
    await expect(coap.dataCycle.quality.query({ code: '731', month: '2026-10' })).rejects.toThrow(
      /acompanhada pela coordenadoria CACS/,
    );
    const norte = trpcAs(server.url, await logInAs(server, 'norte'));
    await expect(norte.dataCycle.quality.query({ code: '713', month: '2026-10' })).rejects.toThrow(
      /acompanhada/,
    );
    const superintendence = trpcAs(server.url, await logInAs(server, 'superintendencia'));
    await expect(
      superintendence.dataCycle.quality.query({ code: '731', month: '2026-10' }),
    ).resolves.toBeDefined();
  });
});
