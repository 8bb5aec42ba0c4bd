/**
 * Example planificação records for the demo (marked `is_example`), made from the example values of
 * the three planificação indicators so that the records and the indicators agree: an adhesion per
 * município in the year its example value turns 1, the year's trained professionals split into
 * training events, and phase-1 stages in the years a macro has one in development. Deterministic.
 */
import { todayInMt } from '../../shared/domain/action-status.ts';
import {
  ADHESION_INDICATOR,
  PHASE_ONE_INDICATOR,
  TRAINING_INDICATOR,
  yearsSoFar,
} from '../../shared/domain/planification.ts';
import type { Db } from '../db/client.ts';
import { readPlanificationFile } from '../db/planification-file.ts';
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
  { share: 0.45, month: 4, title: 'Oficina tutorial 1 — a Rede de Atenção à Saúde e a APS (exemplo)' },
  { share: 0.35, month: 7, title: 'Oficina tutorial 2 — gestão do cuidado materno e infantil (exemplo)' },
  { share: 0.2, month: 10, title: 'Oficina tutorial 3 — atenção ambulatorial especializada (exemplo)' },
];

export async function seedExamplePlanification(db: Db, now: Date): Promise<void> {
  if ((await countRecords(db)) > 0) return;
  const today = todayInMt(now);
  const years = yearsSoFar(today);
  const notAfterToday = (date: string) => (date > today ? today : date);
  const [adhesionValues, trainingValues, phaseValues] = await Promise.all(
    [ADHESION_INDICATOR, TRAINING_INDICATOR, PHASE_ONE_INDICATOR].map((indicatorCode) =>
      listStoredValues(db, { indicatorCode, years }),
    ),
  );
  const example = (values: typeof adhesionValues = []) =>
    values
      .filter((value) => value.isExample && (value.numerator ?? 0) > 0)
      .sort((a, b) => a.period.localeCompare(b.period));
  const recordedAt = now.toISOString();
  await db.transaction(async (trx) => {
    const adhered = new Set<string>();
    for (const value of example(adhesionValues)) {
      if (adhered.has(value.territoryCode)) continue;
      adhered.add(value.territoryCode);
      const year = Number(value.period);
      await upsertAdhesion(trx, {
        municipalityCode: value.territoryCode,
        adheredOn: notAfterToday(
          day(year, 3 + spread(value.territoryCode, 7), 1 + spread(value.territoryCode, 28)),
        ),
        withdrawnOn: null,
        document: `Termo de adesão nº ${String(spread(value.territoryCode, 900) + 100)}/${year} (exemplo)`,
        recordedBy: null,
        recordedAt,
        isExample: true,
      });
    }
    for (const value of example(trainingValues)) {
      const year = Number(value.period);
      const total = value.numerator ?? 0;
      // Small yearly totals are one follow-up event; large ones the three tutorial workshops.
      const parts =
        total < 300
          ? [{ share: 1, month: 9, title: 'Oficina de acompanhamento da planificação (exemplo)' }]
          : TRAINING_PARTS;
      let left = total;
      for (const [index, part] of parts.entries()) {
        const professionals = index === parts.length - 1 ? left : Math.round(total * part.share);
        left -= professionals;
        await insertTraining(trx, {
          macroCode: value.territoryCode,
          heldOn: notAfterToday(day(year, part.month, 10 + index)),
          title: part.title,
          professionals,
          recordedBy: null,
          recordedAt,
          isExample: true,
        });
      }
    }
    const { stages } = readPlanificationFile();
    const thisYear = Number(today.slice(0, 4));
    for (const value of example(phaseValues)) {
      const year = Number(value.period);
      // A macro whose phase-1 year is over did every stage; the one in progress, the first four.
      const done = year < thisYear ? stages : stages.slice(0, 4);
      for (const [index, stage] of done.entries()) {
        await insertStage(trx, {
          macroCode: value.territoryCode,
          stageCode: stage.code,
          completedOn: notAfterToday(day(year, 2 + index, 15)),
          note: 'Registro de exemplo.',
          recordedBy: null,
          recordedAt,
          isExample: true,
        });
      }
    }
  });
}
