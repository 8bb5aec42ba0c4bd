/**
 * The planificação page through HTTP on the example data (today 24/11/2026): records and the three
 * planificação indicators agree, coordenadoria writes re-derive them in one transaction, and
 * permissions, conflicts and bad input are refused in Portuguese.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

const NORTE = '5103';
const LESTE = '5104';
type FigureJson = {
  territoryCode: string;
  year: number;
  numerator: number | null;
  value: number | null;
  isExample: boolean;
};

let server: TestServer;
let coap: ReturnType<typeof trpcAs>;
let superintendence: ReturnType<typeof trpcAs>;
let norte: ReturnType<typeof trpcAs>;

async function stateValue(code: string, year: number) {
  const { body } = await getJson<FigureJson[]>(
    server,
    `/api/v1/indicators/${code}/values?level=state&year=${year}`,
  );
  return body[0]?.value ?? null;
}

beforeAll(async () => {
  server = await startTestServer({ seedExampleData: true });
  coap = trpcAs(server.url, await logInAs(server, 'coap'));
  superintendence = trpcAs(server.url, await logInAs(server, 'superintendencia'));
  norte = trpcAs(server.url, await logInAs(server, 'norte'));
});

afterAll(async () => {
  await server.stop();
});

describe('planificação', () => {
  it('shows the plan’s schedule and targets next to the records, which match the indicators', async () => {
    const view = await superintendence.planification.view.query();
    expect(view.macros.map((macro) => [macro.code, macro.startYear, macro.endYear])).toEqual([
      ['5101', 2024, 2026],
      ['5103', 2024, 2024],
      ['5102', 2025, 2025],
      ['5106', 2026, 2026],
      ['5105', 2026, 2026],
      ['5104', 2027, 2027],
    ]);
    expect(view.stateTargets.map((row) => row.target?.value)).toEqual([54, 76, 112, 142]);
    // The cumulative count of recorded adhesions is the PLAN-MUN figure of each year.
    for (const row of view.stateTargets.filter((entry) => entry.adhering !== null)) {
      expect(row.adhering).toBe(await stateValue('PLAN-MUN', row.year));
    }
    const north = view.macros.find((macro) => macro.code === NORTE);
    expect(north?.adhesionTarget?.value).toBe(35);
    expect(north?.adheringCount).toBe(north?.adhesions.filter((adhesion) => adhesion.isAdhering).length);
    expect((north?.adheringCount ?? 0) + (north?.notAdhering.length ?? 0)).toBe(north?.municipalityCount);
    // Trained professionals: the events of 2024 add up to the macro's PLAN-PROF value for 2024.
    const { body } = await getJson<FigureJson[]>(
      server,
      `/api/v1/indicators/PLAN-PROF/values?level=macro&year=2024`,
    );
    expect(north?.trainedInTargetYear).toBe(body.find((figure) => figure.territoryCode === NORTE)?.value);
    expect(north?.trainingTarget?.value).toBe(3855);
    expect(north?.stages.filter((stage) => stage.done).length).toBe(7);
    expect(view.macros.find((macro) => macro.code === LESTE)?.state).toBe('planned');
  });

  it('compares adhering and non-adhering municípios by summing their numerators and denominators', async () => {
    const view = await superintendence.planification.view.query();
    const west = view.macros.find((macro) => macro.code === '5102');
    const icsaps = west?.outcomes.find((outcome) => outcome.indicator.code === '713');
    const point = icsaps?.series.find((entry) => entry.year === 2025);
    const { body } = await getJson<FigureJson[]>(
      server,
      '/api/v1/indicators/713/values?level=municipality&year=2025',
    );
    const adhering = new Set(
      west?.adhesions.filter((adhesion) => adhesion.isAdhering).map((adhesion) => adhesion.municipalityCode),
    );
    const numerator = body
      .filter((figure) => adhering.has(figure.territoryCode))
      .reduce((sum, figure) => sum + (figure.numerator ?? 0), 0);
    expect(point?.adhering?.numerator).toBe(numerator);
    expect(point?.adhering?.municipalities).toBe(adhering.size);
    expect(point?.adhering?.value).toBeCloseTo(
      ((point?.adhering?.numerator ?? 0) / (point?.adhering?.denominator ?? 1)) * 100,
      10,
    );
  });

  it('re-derives the indicators when a coordenadoria records an adhesion, a training and a stage', async () => {
    const before = await superintendence.planification.view.query();
    const east = before.macros.find((macro) => macro.code === LESTE);
    const newcomer = east?.notAdhering[0];
    if (!newcomer) throw new Error('Leste sem município fora da planificação nos dados de exemplo');
    const adheringBefore = await stateValue('PLAN-MUN', 2026);
    const trainedBefore = await stateValue('PLAN-PROF', 2026);
    const value2025 = await stateValue('PLAN-MUN', 2025);

    await coap.planification.saveAdhesion.mutate({
      municipalityCode: newcomer.code,
      adheredOn: '2026-11-10',
      withdrawnOn: null,
      document: 'Termo de adesão 12/2026',
      expectedVersion: null,
    });
    await coap.planification.addTraining.mutate({
      macroCode: LESTE,
      heldOn: '2026-11-20',
      title: 'Oficina preparatória',
      professionals: 85,
    });
    await coap.planification.completeStage.mutate({
      macroCode: LESTE,
      stageCode: 'preparatoria',
      completedOn: '2026-11-18',
      note: null,
    });

    expect(await stateValue('PLAN-MUN', 2026)).toBe((adheringBefore ?? 0) + 1);
    expect(await stateValue('PLAN-MUN', 2025)).toBe(value2025); // earlier years untouched
    expect(await stateValue('PLAN-PROF', 2026)).toBe((trainedBefore ?? 0) + 85);
    const { body } = await getJson<FigureJson[]>(
      server,
      `/api/v1/indicators/PLAN-F1/values?level=macro&year=2026`,
    );
    expect(body.find((figure) => figure.territoryCode === LESTE)?.value).toBe(1);

    const after = await superintendence.planification.view.query();
    const eastAfter = after.macros.find((macro) => macro.code === LESTE);
    expect(eastAfter?.adhesions.map((adhesion) => adhesion.municipalityCode)).toContain(newcomer.code);
    expect(
      eastAfter?.adhesions.find((adhesion) => adhesion.municipalityCode === newcomer.code)?.recordedByName,
    ).toBeTruthy();
    const audit = await getJson<{ entity: string; entityKey: string }[]>(
      server,
      '/api/v1/audit?entity=adesao',
    );
    expect(audit.body.some((entry) => entry.entityKey === newcomer.code)).toBe(true);

    // Taking it back restores the count.
    await coap.planification.removeAdhesion.mutate({ municipalityCode: newcomer.code, expectedVersion: 1 });
    expect(await stateValue('PLAN-MUN', 2026)).toBe(adheringBefore);
  });

  it('refuses a save based on an outdated page and keeps the first one', async () => {
    const view = await coap.planification.view.query();
    const target = view.macros.find((macro) => macro.code === LESTE)?.notAdhering[1];
    if (!target) throw new Error('sem município');
    const input = {
      municipalityCode: target.code,
      adheredOn: '2026-10-01',
      withdrawnOn: null,
      document: null,
      expectedVersion: null,
    };
    await coap.planification.saveAdhesion.mutate(input);
    await expect(
      superintendence.planification.saveAdhesion.mutate({ ...input, adheredOn: '2026-09-01' }),
    ).rejects.toThrow(/foi registrada por .* depois que você abriu a página/);
    const after = await coap.planification.view.query();
    const stored = after.macros
      .flatMap((macro) => macro.adhesions)
      .find((adhesion) => adhesion.municipalityCode === target.code);
    expect(stored?.adheredOn).toBe('2026-10-01');
  });

  it('lets only the planificação’s coordenadoria, the superintendência and the admin record', async () => {
    const view = await norte.planification.view.query();
    expect(view.canRecord).toBe(false);
    // A gestor regional of the Norte sees its macro only.
    expect(view.macros.map((macro) => macro.code)).toEqual([NORTE]);
    await expect(
      norte.planification.addTraining.mutate({
        macroCode: NORTE,
        heldOn: '2026-11-01',
        title: 'Oficina',
        professionals: 10,
      }),
    ).rejects.toThrow(/coordenadoria responsável \(COAP\)/);
  });

  it('refuses bad input with a message in Portuguese', async () => {
    await expect(
      coap.planification.addTraining.mutate({
        macroCode: NORTE,
        heldOn: '2026-12-01',
        title: 'Oficina',
        professionals: 10,
      }),
    ).rejects.toThrow(/01\/12\/2026\) não pode ser depois de hoje/);
    await expect(
      coap.planification.addTraining.mutate({
        macroCode: NORTE,
        heldOn: '2026-11-01',
        title: 'Oficina',
        professionals: 0,
      }),
    ).rejects.toThrow(/ao menos 1 profissional/);
    await expect(
      coap.planification.saveAdhesion.mutate({
        municipalityCode: '5103403',
        adheredOn: '2026-05-01',
        withdrawnOn: '2026-04-01',
        document: null,
        expectedVersion: null,
      }),
    ).rejects.toThrow(/saída deve ser posterior/);
    await expect(
      coap.planification.completeStage.mutate({
        macroCode: NORTE,
        stageCode: 'inventada',
        completedOn: '2026-01-01',
        note: null,
      }),
    ).rejects.toThrow(/Etapa "inventada" desconhecida/);
    await expect(
      coap.planification.completeStage.mutate({
        macroCode: NORTE,
        stageCode: 'cir',
        completedOn: '2026-01-01',
        note: null,
      }),
    ).rejects.toThrow(/já foi registrada/);
    await expect(
      coap.planification.saveAdhesion.mutate({
        municipalityCode: '5103',
        adheredOn: '2026-05-01',
        withdrawnOn: null,
        document: null,
        expectedVersion: null,
      }),
    ).rejects.toThrow(/código IBGE de 7 dígitos/);
  });

  it('keeps the planificação indicators out of the entry grid', async () => {
    await expect(coap.dataEntry.grid.query({ code: 'PLAN-MUN', year: 2026 })).rejects.toThrow(
      /registros da página Planificação/,
    );
  });
});
