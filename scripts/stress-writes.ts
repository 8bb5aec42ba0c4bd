/**
 * `npm run stress [-- --segundos 5 --escritores 8]`: the write guarantees under load (issue 13).
 * Two app instances on one database (a temporary SQLite file; and a fresh PostgreSQL database when
 * DATABASE_URL_TEST_PG is set) and N writers, half on each instance, saving the same three cells
 * of the grid and recording the same action for a few seconds, each as a person would: read what
 * the page shows (the cell's version, the action's last record), then save based on it.
 *
 * Every acknowledged write is recorded. At the end, per engine:
 * - every acknowledged cell write is in the cell's audit history with its value, the history holds
 *   nothing else, and the stored value is the last one acknowledged;
 * - every acknowledged record is stored, no two were based on the same earlier record;
 * - every refusal was a conflict told in Portuguese; anything else counts as a failure.
 * Exit code 1 when anything was lost or failed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import knex from 'knex';
import { DEMO_USERS } from '../server/auth/demo-users.ts';
import type { Db } from '../server/db/client.ts';
import { listActionRecords } from '../server/db/repositories/action-plan-repository.ts';
import { listAudit } from '../server/db/repositories/audit-repository.ts';
import { listStoredValues } from '../server/db/repositories/data-value-repository.ts';
import { valueKey } from '../server/services/data-values.ts';
import { type RunningServer, startServer } from '../server/start.ts';
import { trpcAs } from '../test/helpers/trpc-client.ts';
import { logIn } from './lib/log-in.ts';

const { values: args } = parseArgs({
  options: { segundos: { type: 'string', default: '5' }, escritores: { type: 'string', default: '8' } },
});
const SECONDS = Number(args.segundos);
const WRITERS = Number(args.escritores);
if (!(SECONDS > 0 && SECONDS <= 120 && Number.isInteger(WRITERS) && WRITERS >= 2 && WRITERS <= 64)) {
  console.error('Uso: npm run stress -- [--segundos 1..120] [--escritores 2..64]');
  process.exit(2);
}

const INDICATOR = '713';
const YEAR = 2025;
const PERIOD = '2025-05';
const CELLS = ['5103403', '5108402', '5107909']; // Cuiabá, Várzea Grande, Sinop
const ACTION = '4.1.2';
/** Both may type 713 and record 4.1.2: COAP's own, and the superintendência's for any. */
const USERS = DEMO_USERS.filter((user) => user.username === 'coap' || user.username === 'superintendencia');

type Figures = {
  engine: string;
  cellWrites: number;
  records: number;
  conflicts: number;
  failures: string[];
  lost: string[];
};

function refusal(error: unknown): { isConflict: boolean; message: string } {
  const failed = error as { message?: string; data?: { code?: string } };
  return { isConflict: failed.data?.code === 'CONFLICT', message: failed.message ?? String(error) };
}

async function stress(engine: string, databaseUrl: string): Promise<Figures> {
  const instances: RunningServer[] = [];
  for (let index = 0; index < 2; index++) {
    instances.push(await startServer({ databaseUrl, port: 0, seedExampleData: false }));
  }
  const figures: Figures = { engine, cellWrites: 0, records: 0, conflicts: 0, failures: [], lost: [] };
  const acknowledged = new Map<string, { numerator: number; denominator: number }[]>(
    CELLS.map((code) => [code, []]),
  );
  const acknowledgedRecords: { id: number; basedOn: number | null; text: string }[] = [];
  let unique = 0;
  const deadline = Date.now() + SECONDS * 1000;
  try {
    const writer = async (index: number) => {
      const instance = instances[index % 2] as RunningServer;
      const user = USERS[index % USERS.length] as (typeof USERS)[number];
      const client = trpcAs(instance.url, await logIn(instance.url, user.username, user.password));
      while (Date.now() < deadline) {
        unique += 1;
        const mark = unique;
        try {
          if (mark % 3 === 0) {
            const { history } = await client.actionPlan.action.query({ code: ACTION });
            const basedOn = history.reduce<number | null>(
              (newest, record) => Math.max(newest ?? 0, record.id),
              null,
            );
            const text = `Carga ${engine} nº ${mark}`;
            const { id } = await client.actionPlan.record.mutate({
              code: ACTION,
              basedOnRecordId: basedOn,
              referenceMonth: '2026-11',
              status: 'in_progress',
              percentDone: mark % 100,
              doneText: text,
              difficulties: null,
              evidenceLinks: [],
              nonConformity: null,
            });
            acknowledgedRecords.push({ id, basedOn, text });
          } else {
            const territoryCode = CELLS[mark % CELLS.length] as string;
            const grid = await client.dataEntry.grid.query({ code: INDICATOR, year: YEAR });
            const shown = grid.cells.find(
              (cell) => cell.territoryCode === territoryCode && cell.period === PERIOD,
            );
            // A value no other write has: which write it was can be told from the cell's history.
            const value = { numerator: (mark % 500) + 1, denominator: 1000 + Math.floor(mark / 500) };
            await client.dataEntry.save.mutate({
              code: INDICATOR,
              cells: [{ territoryCode, period: PERIOD, ...value, expectedVersion: shown?.version ?? null }],
              justification: 'Teste de carga das gravações simultâneas.',
            });
            acknowledged.get(territoryCode)?.push(value);
          }
        } catch (error) {
          const { isConflict, message } = refusal(error);
          if (isConflict && /^(Nada foi salvo|.+ registrou esta ação)/.test(message)) figures.conflicts += 1;
          else figures.failures.push(message.slice(0, 200));
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, index) => writer(index)));
    await verify(instances[0]?.db as Db, figures, acknowledged, acknowledgedRecords);
  } finally {
    for (const instance of instances) await instance.close();
  }
  return figures;
}

async function verify(
  db: Db,
  figures: Figures,
  acknowledged: Map<string, { numerator: number; denominator: number }[]>,
  records: { id: number; basedOn: number | null; text: string }[],
): Promise<void> {
  const stored = await listStoredValues(db, {
    indicatorCode: INDICATOR,
    years: [YEAR],
    territoryCodes: CELLS,
  });
  for (const [territoryCode, writes] of acknowledged) {
    figures.cellWrites += writes.length;
    const key = valueKey({ indicatorCode: INDICATOR, territoryCode, period: PERIOD });
    const { rows } = await listAudit(db, { entity: 'valor', entityKey: key, limit: 100_000, offset: 0 });
    // Oldest first: the audit lists the newest first.
    const history = rows
      .map((row) => row.after as { numerador: number; denominador: number } | null)
      .filter((after) => after !== null)
      .reverse()
      .map((after) => `${after.numerador}/${after.denominador}`);
    const wanted = new Set(writes.map((write) => `${write.numerator}/${write.denominator}`));
    for (const write of wanted)
      if (!history.includes(write)) figures.lost.push(`${key}: ${write} confirmado e ausente`);
    for (const write of history)
      if (!wanted.has(write)) figures.lost.push(`${key}: ${write} gravado sem confirmação`);
    const current = stored.find((value) => value.territoryCode === territoryCode && value.period === PERIOD);
    const last = history.at(-1);
    if (last !== undefined && `${current?.numerator}/${current?.denominator}` !== last)
      figures.lost.push(`${key}: o valor guardado não é o último confirmado (${last})`);
    if (current && current.version !== history.length)
      figures.lost.push(`${key}: versão ${current.version} para ${history.length} gravações`);
  }
  const storedRecords = await listActionRecords(db, ACTION);
  figures.records = records.length;
  for (const record of records) {
    const found = storedRecords.find((candidate) => candidate.id === record.id);
    if (found?.doneText !== record.text) figures.lost.push(`registro ${record.id} confirmado e ausente`);
  }
  const bases = records.map((record) => record.basedOn);
  if (new Set(bases).size !== bases.length)
    figures.lost.push('dois registros confirmados partiram do mesmo registro anterior');
}

async function onPostgres(adminUrl: string): Promise<Figures> {
  const admin = knex({ client: 'pg', connection: adminUrl, pool: { min: 0, max: 1 } });
  const name = `painel_carga_${process.pid}`;
  try {
    await admin.raw('create database ??', [name]);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return await stress('PostgreSQL', url.toString());
  } finally {
    await admin.raw('drop database if exists ?? with (force)', [name]);
    await admin.destroy();
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'painel-carga-'));
const results: Figures[] = [];
try {
  results.push(await stress('SQLite', path.join(dir, 'painel.sqlite')));
  if (process.env.DATABASE_URL_TEST_PG) results.push(await onPostgres(process.env.DATABASE_URL_TEST_PG));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

console.log(
  `Carga de gravações: ${WRITERS} escritores em 2 instâncias, ${SECONDS} s por banco, ` +
    `${CELLS.length} células e 1 ação disputadas.`,
);
for (const figures of results) {
  console.log(
    `${figures.engine}: ${figures.cellWrites} valores e ${figures.records} registros confirmados, ` +
      `${figures.conflicts} conflitos avisados, ${figures.failures.length} falhas, ${figures.lost.length} perdidos.`,
  );
  for (const problem of [...figures.failures, ...figures.lost].slice(0, 10)) console.log(`  ${problem}`);
}
const bad = results.some((figures) => figures.failures.length > 0 || figures.lost.length > 0);
if (!process.env.DATABASE_URL_TEST_PG) console.log('PostgreSQL não testado: defina DATABASE_URL_TEST_PG.');
process.exit(bad ? 1 : 0);
