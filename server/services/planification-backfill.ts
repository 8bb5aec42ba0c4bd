/**
 * Planificação records made from the values of the three planificação indicators, once, when there
 * are values and no records: the demo's example values (records marked `is_example`), or values
 * loaded before the records existed, which would otherwise be overwritten by the first record. An
 * adhesion per município in the year its value turns 1 (dated inside that year), the year's trained
 * professionals as training events, phase-1 stages spread over the years a macro has one. Deterministic.
 */
import { todayInMt } from '../../shared/domain/dates.ts';
import {
  ADHESION_INDICATOR,
  PHASE_ONE_INDICATOR,
  TRAINING_INDICATOR,
  yearsSoFar,
} from '../../shared/domain/planification.ts';
import type { Db } from '../db/client.ts';
import { readPlanificationFile } from '../db/planification-file.ts';
import { readTogether } from '../db/read-together.ts';
import { listStoredValues } from '../db/repositories/data-value-repository.ts';
import {
  countRecords,
  insertStage,
  insertTraining,
  upsertAdhesion,
} from '../db/repositories/planification-repository.ts';

const day = (year: number, month: number, dayOfMonth: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;

/** A stable small number from a code, to spread dates without randomness. */
const spread = (code: string, modulo: number) =>
  [...code].reduce((sum, character) => sum * 31 + character.charCodeAt(0), 7) % modulo;

const TRAINING_PARTS = [
  { share: 0.45, month: 4, title: 'Oficina tutorial 1 — a Rede de Atenção à Saúde e a APS' },
  { share: 0.35, month: 7, title: 'Oficina tutorial 2 — gestão do cuidado materno e infantil' },
  { share: 0.2, month: 10, title: 'Oficina tutorial 3 — atenção ambulatorial especializada' },
];

export async function backfillPlanificationRecords(db: Db, now: Date): Promise<void> {
  if ((await countRecords(db)) > 0) return;
  const today = todayInMt(now);
  const years = yearsSoFar(today);
  const notAfterToday = (date: string) => (date > today ? today : date);
  const [adhesionValues, trainingValues, phaseValues] = await readTogether(
    db,
    [ADHESION_INDICATOR, TRAINING_INDICATOR, PHASE_ONE_INDICATOR].map(
      (indicatorCode) => () => listStoredValues(db, { indicatorCode, years }),
    ),
  );
  const positive = (values: typeof adhesionValues = []) =>
    values.filter((value) => (value.numerator ?? 0) > 0).sort((a, b) => a.period.localeCompare(b.period));
  // Dates and documents are made up: say so, in the example and for values loaded before the records.
  const made = (text: string, isExample: boolean) =>
    `${text} (${isExample ? 'exemplo' : 'registro criado dos valores carregados'})`;
  const recordedAt = now.toISOString();
  await db.transaction(async (trx) => {
    const adhered = new Set<string>();
    for (const value of positive(adhesionValues)) {
      if (adhered.has(value.territoryCode)) continue;
      adhered.add(value.territoryCode);
      const year = Number(value.period);
      await upsertAdhesion(trx, {
        municipalityCode: value.territoryCode,
        adheredOn: notAfterToday(
          day(year, 3 + spread(value.territoryCode, 7), 1 + spread(value.territoryCode, 28)),
        ),
        withdrawnOn: null,
        document: value.isExample
          ? made(`Termo de adesão nº ${String(spread(value.territoryCode, 900) + 100)}/${year}`, true)
          : made('Adesão', false),
        recordedBy: null,
        recordedAt,
        isExample: value.isExample,
      });
    }
    for (const value of positive(trainingValues)) {
      const year = Number(value.period);
      const total = value.numerator ?? 0;
      // Small yearly totals are one follow-up event; large ones the three tutorial workshops.
      const parts =
        total < 300
          ? [{ share: 1, month: 9, title: 'Oficina de acompanhamento da planificação' }]
          : TRAINING_PARTS;
      let left = total;
      for (const [index, part] of parts.entries()) {
        const professionals = index === parts.length - 1 ? left : Math.round(total * part.share);
        left -= professionals;
        await insertTraining(trx, {
          macroCode: value.territoryCode,
          heldOn: notAfterToday(day(year, part.month, 10 + index)),
          title: made(part.title, value.isExample),
          professionals,
          recordedBy: null,
          recordedAt,
          isExample: value.isExample,
        });
      }
    }
    const { stages } = readPlanificationFile();
    const thisYear = Number(today.slice(0, 4));
    // A stage is done once: a macro with phase-1 values in several years gets its stages spread over
    // them, one per year and the rest in the last, so each of those years has a stage completed.
    const phaseYears = new Map<string, { years: number[]; isExample: boolean }>();
    for (const value of positive(phaseValues)) {
      const macro = phaseYears.get(value.territoryCode) ?? { years: [], isExample: value.isExample };
      macro.years.push(Number(value.period));
      phaseYears.set(value.territoryCode, macro);
    }
    for (const [macroCode, { years: positiveYears, isExample }] of phaseYears) {
      const lastYear = positiveYears.at(-1) as number;
      // A macro whose phase-1 years are over did every stage; one still in progress, the first four.
      const done = lastYear < thisYear ? stages : stages.slice(0, 4);
      for (const [index, stage] of done.entries()) {
        const yearIndex = Math.min(index, positiveYears.length - 1);
        const year = positiveYears[yearIndex] as number;
        await insertStage(trx, {
          macroCode,
          stageCode: stage.code,
          completedOn: notAfterToday(day(year, 2 + index - yearIndex, 15)),
          note: isExample ? 'Registro de exemplo.' : 'Registro criado dos valores carregados.',
          recordedBy: null,
          recordedAt,
          isExample,
        });
      }
    }
  });
}
