/**
 * Writes that race (issue 13): each conflicting write is refused with a Portuguese 409 naming what
 * happened, never a 500 and never a silent skip. Through HTTP, on SQLite and on PostgreSQL.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findUserCredentials } from '../../server/db/repositories/user-repository.ts';
import { toActor } from '../../server/services/auth.ts';
import { runImport } from '../../server/services/data-import.ts';
import { saveDataValues } from '../../server/services/data-values.ts';
import { indicatorsByCode, rawValue } from '../helpers/raw-values.ts';
import { FROZEN_NOW, logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer({ seedExampleData: false });
});

afterEach(async () => {
  await server.stop();
});

describe('creating the same user five times at once', () => {
  it('creates one and tells the other four the name is taken', async () => {
    const admin = trpcAs(server.url, server.adminCookie);
    const attempts = await Promise.allSettled(
      Array.from({ length: 5 }, () =>
        admin.admin.createUser.mutate({
          username: 'mesmo.nome',
          displayName: 'Mesmo Nome',
          role: 'superintendence',
          password: 'uma-senha-bem-longa',
          coordinationCodes: [],
          territoryCodes: [],
        }),
      ),
    );
    expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
    const refusals = attempts.flatMap((attempt) => (attempt.status === 'rejected' ? [attempt.reason] : []));
    expect(refusals).toHaveLength(4);
    for (const refusal of refusals) {
      expect((refusal as { data?: { code?: string } }).data?.code).toBe('CONFLICT');
      expect((refusal as Error).message).toBe('Já existe o usuário "mesmo.nome".');
    }
    const created = await server.db('users').where({ username: 'mesmo.nome' });
    expect(created).toHaveLength(1);
    const audit = await server.db('audit_log').where({ entity: 'usuario', entity_key: 'mesmo.nome' });
    expect(audit).toHaveLength(1);
  });
});

describe('a grid save while an import is being written', () => {
  it('makes the import a conflict instead of overwriting the typed value', async () => {
    const superintendence = await findUserCredentials(server.db, 'superintendencia');
    const file =
      'indicador;ibge;periodo;numerador;denominador\n713;510340;2025-03;30;300\n713;510010;2025-03;3;30\n';
    const indicators = await indicatorsByCode(server.db);
    const run = runImport(
      server.db,
      { kind: 'cli', username: 'carga-sih' },
      { bytes: new TextEncoder().encode(file), fileName: 'marco.csv', format: 'template' },
      {
        apply: true,
        now: FROZEN_NOW,
        // Between the import's check and its write, someone types Cuiabá's March in the grid.
        onProgress: async (phase) => {
          if (phase !== 'gravando' || !superintendence) return;
          await saveDataValues(
            server.db,
            [rawValue('713', '5103403', '2025-03', 40, 300)],
            indicators,
            FROZEN_NOW,
            {
              author: toActor(superintendence),
              expectedVersions: new Map([['713|5103403|2025-03', null]]),
            },
          );
        },
      },
    );
    await expect(run).rejects.toThrow(
      /Nada foi salvo: Cuiabá em mar\/2025 foi salvo por Superintendência SAS \(demonstração\).*enquanto o arquivo era conferido/,
    );
    const stored = await server.db('data_values').where({ indicator_code: '713', period: '2025-03' });
    expect(
      stored.map((row: { territory_code: string; numerator: number }) => [row.territory_code, row.numerator]),
    ).toEqual([['5103403', 40]]);
  });
});

describe('a grid change of the other half while a TabNet file is checked', () => {
  it('makes the import a conflict instead of writing back the half it read before', async () => {
    const superintendence = await findUserCredentials(server.db, 'superintendencia');
    const indicators = await indicatorsByCode(server.db);
    // Cuiabá's 2023 infant mortality: 5 deaths over 100 births, as a whole year.
    await saveDataValues(server.db, [rawValue('731', '5103403', '2023', 5, 100)], indicators, FROZEN_NOW);
    const deaths = ['Período: 2023', '"Município";"2023";"Total"', '"510340 Cuiabá";7;7', '"Total";7;7'];
    const run = runImport(
      server.db,
      { kind: 'cli', username: 'carga-sim' },
      {
        bytes: new TextEncoder().encode(`${deaths.join('\r\n')}\r\n`),
        fileName: 'obitos-2023.csv',
        format: 'tabnet',
        indicatorCode: '731',
        half: 'numerator',
      },
      {
        apply: true,
        now: FROZEN_NOW,
        // After the file was read with 100 births, someone corrects the births to 200 in the grid.
        onProgress: async (phase) => {
          if (phase !== 'conferindo' || !superintendence) return;
          await saveDataValues(
            server.db,
            [rawValue('731', '5103403', '2023', 5, 200)],
            indicators,
            FROZEN_NOW,
            {
              author: toActor(superintendence),
              expectedVersions: new Map([['731|5103403|2023', 1]]),
            },
          );
        },
      },
    );
    await expect(run).rejects.toThrow(/Nada foi salvo: Cuiabá em 2023 foi salvo por Superintendência SAS/);
    const [stored] = await server
      .db('data_values')
      .where({ indicator_code: '731', territory_code: '5103403' });
    expect(stored).toMatchObject({ numerator: 5, denominator: 200 });
  });
});

describe('the reunião de condução under simultaneous writes', () => {
  it('opens one meeting for pautas sent at once, and lets one of two simultaneous follow-ups through', async () => {
    const coap = trpcAs(server.url, await logInAs(server, 'coap'));
    const superintendence = trpcAs(server.url, await logInAs(server, 'superintendencia'));
    await Promise.all(
      ['Pauta A', 'Pauta B', 'Pauta C'].map((title) =>
        coap.meeting.submitAgendaItem.mutate({
          month: '2026-12',
          coordinationCode: 'COAP',
          title,
          description: null,
        }),
      ),
    );
    expect(await server.db('meetings').where({ month: '2026-12' })).toHaveLength(1);

    await superintendence.meeting.addDeliberation.mutate({
      month: '2026-11',
      text: 'Remarcar a oficina.',
      ownerCoordinationCode: 'COAP',
      ownerText: null,
      deadline: null,
    });
    const [deliberation] = await coap.meeting.deliberations.query();
    const attempts = await Promise.allSettled(
      ['in_progress', 'done', 'in_progress'].map((status) =>
        coap.meeting.followUpDeliberation.mutate({
          id: deliberation?.id as number,
          basedOnUpdateId: null,
          status: status as 'in_progress' | 'done',
          note: status,
        }),
      ),
    );
    expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
    for (const attempt of attempts.filter((item) => item.status === 'rejected'))
      expect(String((attempt as PromiseRejectedResult).reason)).toMatch(/atualizou esta deliberação/);
    const history = (await coap.meeting.deliberations.query()).find(
      (item) => item.id === deliberation?.id,
    )?.history;
    expect(history).toHaveLength(1);
  });
});
