/**
 * Two app instances on one PostgreSQL database, as behind a load balancer (issue 13): conflicting
 * writes sent through both at the same moment. Each time exactly one wins, the other is told who
 * got there first, and nothing acknowledged is lost. Sessions and import jobs live in the
 * database, so either instance answers for them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listActionRecords } from '../../server/db/repositories/action-plan-repository.ts';
import { listStoredValues } from '../../server/db/repositories/data-value-repository.ts';
import { listTerritories } from '../../server/db/repositories/territory-repository.ts';
import { findUserCredentials } from '../../server/db/repositories/user-repository.ts';
import { type RunningServer, startServer } from '../../server/start.ts';
import { pollImport, startImportFile } from '../helpers/import-client.ts';
import { FROZEN_NOW, logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

let first: TestServer;
let second: RunningServer;

beforeAll(async () => {
  first = await startTestServer({ seedExampleData: false });
  second = await startServer({
    databaseUrl: first.databaseUrl,
    port: 0,
    seedExampleData: false,
    now: () => FROZEN_NOW,
  });
});

afterAll(async () => {
  await second?.close();
  await first?.stop();
});

type Settled = PromiseSettledResult<unknown>;
const winners = (results: Settled[]) => results.filter((result) => result.status === 'fulfilled');
const refusals = (results: Settled[]) =>
  results.flatMap((result) =>
    result.status === 'rejected' ? [result.reason as Error & { data?: { code?: string } }] : [],
  );

async function storedCell(code: string, territoryCode: string, period: string) {
  const values = await listStoredValues(first.db, {
    indicatorCode: code,
    years: [Number(period.slice(0, 4))],
    territoryCodes: [territoryCode],
  });
  return values.find((value) => value.period === period);
}

describe('two app instances on one PostgreSQL database', () => {
  it('a session opened on one instance works on the other', async () => {
    const cookie = await logInAs(first, 'coap');
    const me = await fetch(`${second.url}/api/v1/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ user: { username: 'coap' } });
  });

  it('the same new cell typed on both: one is saved, the other is told who saved it', async () => {
    const coap = trpcAs(first.url, await logInAs(first, 'coap'));
    const superintendence = trpcAs(second.url, await logInAs(second, 'superintendencia'));
    const cell = (numerator: number) => ({
      code: '713',
      cells: [
        { territoryCode: '5103403', period: '2025-06', numerator, denominator: 100, expectedVersion: null },
      ],
    });
    const results = await Promise.allSettled([
      coap.dataEntry.save.mutate(cell(11)),
      superintendence.dataEntry.save.mutate(cell(22)),
    ]);
    expect(winners(results)).toHaveLength(1);
    const [refused] = refusals(results);
    expect(refused?.data?.code).toBe('CONFLICT');
    const coapWon = results[0]?.status === 'fulfilled';
    const winner = coapWon ? 'Coordenadoria de Atenção Primária' : 'Superintendência SAS';
    expect(refused?.message).toMatch(
      new RegExp(`foi salvo por ${winner} \\(demonstração\\) em \\d\\d/\\d\\d/\\d{4}`),
    );
    expect((await storedCell('713', '5103403', '2025-06'))?.numerator).toBe(coapWon ? 11 : 22);
  });

  it('the same action recorded on both: one record is kept, the other is told', async () => {
    const coapOnFirst = trpcAs(first.url, await logInAs(first, 'coap'));
    const coapOnSecond = trpcAs(second.url, await logInAs(second, 'coap'));
    const before = await listActionRecords(first.db, '4.1.2');
    const record = (percentDone: number) => ({
      code: '4.1.2',
      basedOnRecordId: before[0]?.id ?? null,
      referenceMonth: '2026-11',
      status: 'in_progress' as const,
      percentDone,
      doneText: `Feito até ${percentDone}%`,
      difficulties: null,
      evidenceLinks: [],
      nonConformity: null,
    });
    const results = await Promise.allSettled([
      coapOnFirst.actionPlan.record.mutate(record(30)),
      coapOnSecond.actionPlan.record.mutate(record(60)),
    ]);
    expect(winners(results)).toHaveLength(1);
    expect(refusals(results)[0]?.data?.code).toBe('CONFLICT');
    const after = await listActionRecords(first.db, '4.1.2');
    expect(after).toHaveLength(before.length + 1);
    expect(after.some((item) => item.percentDone === (results[0]?.status === 'fulfilled' ? 30 : 60))).toBe(
      true,
    );
  });

  it('the same deliberation followed up on both: one update, the other told who updated it', async () => {
    const superintendence = trpcAs(first.url, await logInAs(first, 'superintendencia'));
    await superintendence.meeting.addDeliberation.mutate({
      month: '2026-11',
      text: 'Rever a escala das equipes volantes.',
      ownerCoordinationCode: 'COAP',
      ownerText: null,
      deadline: null,
    });
    const deliberation = (await superintendence.meeting.deliberations.query()).find(
      (item) => item.text === 'Rever a escala das equipes volantes.',
    );
    const followUp = (url: string, cookie: string, status: 'in_progress' | 'done') =>
      trpcAs(url, cookie).meeting.followUpDeliberation.mutate({
        id: deliberation?.id as number,
        basedOnUpdateId: null,
        status,
        note: status,
      });
    const results = await Promise.allSettled([
      followUp(first.url, await logInAs(first, 'coap'), 'in_progress'),
      followUp(second.url, await logInAs(second, 'coap'), 'done'),
    ]);
    expect(winners(results)).toHaveLength(1);
    expect(refusals(results)[0]?.message).toMatch(/atualizou esta deliberação/);
    const history = (await superintendence.meeting.deliberations.query()).find(
      (item) => item.id === deliberation?.id,
    )?.history;
    expect(history).toHaveLength(1);
  });

  it('the same new username on both: one account, the other told the name is taken', async () => {
    const input = {
      username: 'dois.servidores',
      displayName: 'Dois Servidores',
      role: 'superintendence' as const,
      password: 'uma-senha-bem-longa',
      coordinationCodes: [],
      territoryCodes: [],
    };
    const results = await Promise.allSettled([
      trpcAs(first.url, first.adminCookie).admin.createUser.mutate(input),
      trpcAs(second.url, await logInAs(second, 'admin')).admin.createUser.mutate(input),
    ]);
    expect(winners(results)).toHaveLength(1);
    expect(refusals(results)[0]?.message).toBe('Já existe o usuário "dois.servidores".');
    expect(await findUserCredentials(first.db, 'dois.servidores')).toBeTruthy();
  });

  it('an import on one while the other saves one of its cells: one wins, nothing is lost', async () => {
    const municipalities = (await listTerritories(first.db)).filter(
      (territory) => territory.level === 'municipality',
    );
    const rows = municipalities.map((territory, index) => `713;${territory.ibge6};2025-07;${index + 1};1000`);
    const file = new TextEncoder().encode(
      `indicador;ibge;periodo;numerador;denominador\n${rows.join('\n')}\n`,
    );
    const coapCookie = await logInAs(first, 'coap');
    const started = await startImportFile(
      first.url,
      coapCookie,
      { name: 'julho.csv', bytes: file },
      { formato: 'modelo', aplicar: 'sim' },
    );
    expect(started.id).toBeTruthy();
    // The job is polled through the other instance: it reads the job's progress from the database.
    const writing = await pollImport(
      second.url,
      coapCookie,
      started.id as string,
      (job) => job.phase === 'gravando',
    );
    const target = municipalities[0];
    const save = trpcAs(second.url, await logInAs(second, 'superintendencia')).dataEntry.save.mutate({
      code: '713',
      cells: [
        {
          territoryCode: target?.code as string,
          period: '2025-07',
          numerator: 999,
          denominator: 1000,
          expectedVersion: null,
        },
      ],
    });
    const [saved] = await Promise.allSettled([save]);
    const job = await pollImport(second.url, coapCookie, started.id as string);
    const stored = await storedCell('713', target?.code as string, '2025-07');
    if (saved.status === 'fulfilled') {
      // The grid save landed first: the import is refused whole, naming who saved.
      expect(job).toMatchObject({ status: 'failed' });
      expect(job.error).toMatch(/foi salvo por Superintendência SAS \(demonstração\) em \d\d\/\d\d\/\d{4}/);
      expect(stored?.numerator).toBe(999);
      expect(await storedCell('713', municipalities[1]?.code as string, '2025-07')).toBeUndefined();
    } else {
      // The import landed first: the grid save is refused, naming the import.
      expect(writing.phase === 'gravando' || writing.status === 'done').toBe(true);
      expect(job).toMatchObject({ status: 'done', report: { isApplied: true } });
      const refused = saved.reason as Error & { data?: { code?: string } };
      expect(refused.data?.code).toBe('CONFLICT');
      expect(refused.message).toMatch(
        /foi salvo por Coordenadoria de Atenção Primária \(demonstração\) em \d\d\/\d\d\/\d{4}/,
      );
      expect(stored?.numerator).toBe(1);
    }
  });
});
