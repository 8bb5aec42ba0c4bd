/**
 * PLAN-MUN/PROF/F1 values loaded before the planificação records existed become records once, so
 * the first record typed afterwards does not wipe them; and a new year gets its values at start.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  listAdhesions,
  listStages,
  listTrainings,
} from '../../server/db/repositories/planification-repository.ts';
import { saveDataValues } from '../../server/services/data-values.ts';
import { syncPlanificationAtStart } from '../../server/services/planification.ts';
import { backfillPlanificationRecords } from '../../server/services/planification-backfill.ts';
import { indicatorsByCode, rawValue } from '../helpers/raw-values.ts';
import { FROZEN_NOW, getJson, logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

const CUIABA = '5103403';
const SINOP = '5107909';
type FigureJson = { territoryCode: string; value: number | null };
let server: TestServer;

const stateValue = async (code: string, year: number) =>
  (await getJson<FigureJson[]>(server, `/api/v1/indicators/${code}/values?level=state&year=${year}`)).body[0]
    ?.value;

// A fresh database per test (a copy of one seeded once): each test writes what its story needs.
beforeEach(async () => {
  server = await startTestServer({ seedExampleData: false });
  const indicators = await indicatorsByCode(server.db);
  // Real values from before: Cuiabá adhered in 2024, Sinop in 2025; 1.200 trained in the Norte in 2024.
  await saveDataValues(
    server.db,
    [
      rawValue('PLAN-MUN', CUIABA, '2024', 1, null),
      rawValue('PLAN-MUN', CUIABA, '2025', 1, null),
      rawValue('PLAN-MUN', SINOP, '2024', 0, null),
      rawValue('PLAN-MUN', SINOP, '2025', 1, null),
      rawValue('PLAN-PROF', '5103', '2024', 1200, null),
      // The Norte had phase-1 stages completed in 2024 and in 2025.
      rawValue('PLAN-F1', '5103', '2024', 1, null),
      rawValue('PLAN-F1', '5103', '2025', 1, null),
    ],
    indicators,
    FROZEN_NOW,
  );
  await backfillPlanificationRecords(server.db, FROZEN_NOW);
  await syncPlanificationAtStart(server.db, FROZEN_NOW);
});

afterEach(async () => {
  await server.stop();
});

describe('planificação records from values loaded before them', () => {
  it('completes each phase-1 stage once, in the years the macro had one', async () => {
    const stages = (await listStages(server.db)).filter((stage) => stage.macroCode === '5103');
    const codes = stages.map((stage) => stage.stageCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...new Set(stages.map((stage) => stage.completedOn.slice(0, 4)))].sort()).toEqual([
      '2024',
      '2025',
    ]);
    expect(await stateValue('PLAN-F1', 2024)).toBe(1);
    expect(await stateValue('PLAN-F1', 2025)).toBe(1);
  });

  it('makes one record per adhesion and training, dated in the right year and not marked example', async () => {
    const adhesions = await listAdhesions(server.db);
    expect(adhesions.map((row) => [row.municipalityCode, row.adheredOn.slice(0, 4), row.isExample])).toEqual([
      [CUIABA, '2024', false],
      [SINOP, '2025', false],
    ]);
    expect(adhesions[0]?.document).toBe('Adesão (registro criado dos valores carregados)');
    const trainings = await listTrainings(server.db);
    expect(trainings.reduce((sum, row) => sum + row.professionals, 0)).toBe(1200);
    expect(trainings.every((row) => row.heldOn.startsWith('2024-'))).toBe(true);
  });

  it('keeps the counts when the first record is typed afterwards', async () => {
    expect([await stateValue('PLAN-MUN', 2024), await stateValue('PLAN-MUN', 2025)]).toEqual([1, 2]);
    const coap = trpcAs(server.url, await logInAs(server, 'coap'));
    await coap.planification.saveAdhesion.mutate({
      municipalityCode: '5100102',
      adheredOn: '2026-03-10',
      withdrawnOn: null,
      document: null,
      expectedVersion: null,
    });
    // 2024 and 2025 as loaded; 2026: the two from before plus Acorizal.
    expect([await stateValue('PLAN-MUN', 2024), await stateValue('PLAN-MUN', 2025)]).toEqual([1, 2]);
    expect(await stateValue('PLAN-MUN', 2026)).toBe(3);
    expect(await stateValue('PLAN-PROF', 2024)).toBe(1200);
  });

  it('gives a new year its values when the server starts in it', async () => {
    await syncPlanificationAtStart(server.db, new Date('2027-01-05T12:00:00-04:00'));
    // Cuiabá and Sinop are still adhered: 2027 starts with both.
    expect(await stateValue('PLAN-MUN', 2027)).toBe(2);
    expect(await stateValue('PLAN-PROF', 2027)).toBe(0);
  });
});
