/**
 * The análise do indicador (issue 15): written by the indicator's coordenadoria or the
 * superintendência, kept as a history (the latest counts), owed before the meeting for every
 * indicator off target, shown on the pack next to it and frozen into the ata.
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

// 24/11/2026: the November meeting reviews October.
const analysis = (overrides: Record<string, unknown> = {}) => ({
  code: '713',
  territoryCode: '51',
  month: '2026-10',
  explanation: 'Aumento das internações por pneumonia em idosos na Baixada Cuiabana.',
  response: 'Oficinas de manejo clínico com as equipes da APS em dezembro.',
  actionCodes: ['4.7.2'],
  ...overrides,
});

describe('análise do indicador', () => {
  it('is written by the coordenadoria and the superintendência, kept as a history, latest first', async () => {
    await coap.analysis.write.mutate(analysis());
    await superintendence.analysis.write.mutate(
      analysis({ response: 'Oficinas antecipadas para novembro.' }),
    );
    const { history, canWrite } = await coap.analysis.list.query({ code: '713', territoryCode: '51' });
    expect(canWrite).toBe(true);
    expect(history.map((item) => [item.response, item.writtenByName])).toEqual([
      ['Oficinas antecipadas para novembro.', 'Superintendência SAS (demonstração)'],
      [
        'Oficinas de manejo clínico com as equipes da APS em dezembro.',
        expect.stringMatching(/COAP|Atenção Primária/),
      ],
    ]);
    expect(history[0]?.actionCodes).toEqual(['4.7.2']);
    // The history is append only, in the database itself.
    await expect(server.db('indicator_analyses').update({ response: 'x' })).rejects.toThrow(
      /não pode ser alterado nem apagado/,
    );
  });

  it('refuses whoever does not answer for the indicator, and bad input, in Portuguese', async () => {
    const norte = trpcAs(server.url, await logInAs(server, 'norte'));
    await expect(norte.analysis.write.mutate(analysis())).rejects.toThrow(
      'Só a coordenadoria responsável pelo indicador (COAP), a superintendência e o administrador escrevem a sua análise.',
    );
    expect((await norte.analysis.list.query({ code: '713', territoryCode: '51' })).canWrite).toBe(false);
    await expect(coap.analysis.write.mutate(analysis({ code: '717' }))).rejects.toThrow(/\(CACS\)/);
    await expect(coap.analysis.write.mutate(analysis({ explanation: '   ' }))).rejects.toThrow(
      'Escreva o que explica o valor do indicador.',
    );
    await expect(coap.analysis.write.mutate(analysis({ actionCodes: ['9.9.9'] }))).rejects.toThrow(
      'Ação desconhecida no plano: 9.9.9.',
    );
    await expect(coap.analysis.write.mutate(analysis({ territoryCode: '51001' }))).rejects.toThrow(
      'A análise do indicador é escrita para o estado ou para uma macrorregião.',
    );
    await expect(coap.analysis.write.mutate(analysis({ month: '2026-12' }))).rejects.toThrow(
      /o mês não começou/,
    );
    expect((await coap.analysis.list.query({ code: '713', territoryCode: '51' })).history).toEqual([]);
  });

  it('is owed by every indicator off target on the pack, shown next to it and frozen into the ata', async () => {
    const before = (await superintendence.meeting.get.query({ month: '2026-11' })).pack;
    const offTarget = before.indicators.filter(
      (item) => item.status === 'not_achieved' || item.status === 'at_risk',
    );
    expect(offTarget.length).toBeGreaterThan(0);
    expect(before.missingAnalyses.map((item) => item.code).sort()).toEqual(
      offTarget.map((item) => item.code).sort(),
    );
    const first = offTarget[0]?.code as string;
    const owner = first === '713' || first === '714' || first === 'PBF' ? coap : superintendence;
    await owner.analysis.write.mutate(analysis({ code: first, actionCodes: [] }));

    const after = (await superintendence.meeting.get.query({ month: '2026-11' })).pack;
    expect(after.missingAnalyses.map((item) => item.code)).not.toContain(first);
    expect(after.indicators.find((item) => item.code === first)?.analysis?.explanation).toBe(
      analysis().explanation,
    );

    const { meeting } = await superintendence.meeting.get.query({ month: '2026-11' });
    await superintendence.meeting.close.mutate({ month: '2026-11', version: meeting.version });
    await owner.analysis.write.mutate(
      analysis({ code: first, explanation: 'Texto escrito depois da reunião.' }),
    );
    const frozen = (await superintendence.meeting.get.query({ month: '2026-11' })).pack;
    expect(frozen.indicators.find((item) => item.code === first)?.analysis?.explanation).toBe(
      analysis().explanation,
    );
  });
});
