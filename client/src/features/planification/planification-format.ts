/** How the planificação's counts read: adhesions vs the plan's target, trained vs its estimate, stages. */
import { type Status, statusAgainstTarget } from '../../../../shared/domain/status.ts';
import { formatDateTimeMt, formatIsoDate, formatNumber } from '../../../../shared/format.ts';

const count = (value: number) => formatNumber(value, 0);

/** "1 município", "33 municípios". */
export function municipalities(value: number): string {
  return `${count(value)} ${value === 1 ? 'município' : 'municípios'}`;
}

/** "1 profissional", "2.638 profissionais". */
export function professionals(value: number): string {
  return `${count(value)} ${value === 1 ? 'profissional' : 'profissionais'}`;
}

type AdhesionCounts = {
  adheringCount: number;
  municipalityCount: number;
  adhesionTarget: { value: number | null } | null;
  adhesionTargetYear: number | null;
};

/** The plan's number, when it gives one. */
const targetValue = (target: { value: number | null } | null) => target?.value ?? null;

/** "33 de 35 municípios (meta 2024)"; without a target, out of the macro's municípios. */
export function adhesionSummary(macro: AdhesionCounts): string {
  const target = targetValue(macro.adhesionTarget);
  if (target === null)
    return `${count(macro.adheringCount)} de ${municipalities(macro.municipalityCount)} (sem meta no plano)`;
  const year = macro.adhesionTargetYear === null ? '' : ` (meta ${macro.adhesionTargetYear})`;
  return `${count(macro.adheringCount)} de ${municipalities(target)}${year}`;
}

/** "33/35", for narrow cells. */
export function adhesionFraction(macro: AdhesionCounts): string {
  return `${count(macro.adheringCount)}/${count(targetValue(macro.adhesionTarget) ?? macro.municipalityCount)}`;
}

/** Said when the macro has more (or fewer) municípios today than the plan counted. */
export function compositionNote(macro: AdhesionCounts): string | null {
  const target = targetValue(macro.adhesionTarget);
  if (target === null || target === macro.municipalityCount) return null;
  return `O plano conta ${municipalities(target)} nesta macrorregião; a composição atual tem ${municipalities(macro.municipalityCount)}.`;
}

type TrainingCounts = {
  trainingTarget: { year: number; value: number | null } | null;
  trained: number;
  trainedInTargetYear: number | null;
};

/** "2.638 de 2.871 profissionais estimados para 2024"; without an estimate, the total recorded. */
export function trainingSummary(macro: TrainingCounts): string {
  const target = macro.trainingTarget;
  if (!target || target.value === null)
    return `${professionals(macro.trained)} qualificados (sem estimativa no plano)`;
  return `${count(macro.trainedInTargetYear ?? 0)} de ${professionals(target.value)} estimados para ${target.year}`;
}

/** "Total registrado em todos os anos: 2.789", when it differs from the estimate's year. */
export function trainingTotalNote(macro: TrainingCounts): string | null {
  if (targetValue(macro.trainingTarget) === null || macro.trained === (macro.trainedInTargetYear ?? 0))
    return null;
  return `Total registrado em todos os anos: ${professionals(macro.trained)}.`;
}

export function stagesDone(stages: readonly { done: unknown }[]): number {
  return stages.filter((stage) => stage.done !== null).length;
}

/** "5/7". */
/** The phase-1 stages are for the macros planned from 2024 on; the Sul runs its phase 3. */
export function hasPhaseOne(macro: { phase: string }): boolean {
  return macro.phase.startsWith('Fase 1');
}

export function stagesFraction(macro: { phase: string; stages: readonly { done: unknown }[] }): string {
  return hasPhaseOne(macro) ? `${stagesDone(macro.stages)}/${macro.stages.length}` : 'não se aplica';
}

export type StateTargetRow = {
  year: number;
  target: number | null;
  /** The plan's own words for the target, when they say more than the number. */
  targetLabel: string | null;
  adhering: number | null;
  /** Municípios still missing for the target; 0 when reached; null without both numbers. */
  missing: number | null;
  status: Status;
  isInProgress: boolean;
  hasStarted: boolean;
};

/** The state's cumulative adhesions against the plan's targets 54 → 76 → 112 → 142, one row a year. */
export function stateTargetRows(
  rows: readonly {
    year: number;
    target: { value: number | null; label: string | null } | null;
    adhering: number | null;
  }[],
  today: string,
): StateTargetRow[] {
  const thisYear = Number(today.slice(0, 4));
  return rows.map((row) => {
    const target = row.target?.value ?? null;
    const label = row.target?.label?.trim() ?? '';
    return {
      year: row.year,
      target,
      targetLabel: label !== '' && !/^[\d.,\s]+$/.test(label) ? label : null,
      adhering: row.adhering,
      missing: target !== null && row.adhering !== null ? Math.max(target - row.adhering, 0) : null,
      status: statusAgainstTarget({ value: row.adhering, target, polarity: 'higher', tolerancePct: 5 }),
      isInProgress: row.year === thisYear,
      hasStarted: row.year <= thisYear,
    };
  });
}

/** The note of a year still in progress: "até hoje (24/11/2026)". */
export function inProgressNote(today: string): string {
  return `até hoje (${formatIsoDate(today)})`;
}

/** "Macrorregião Centro-Norte (Baixada Cuiabana)" → "Centro-Norte (Baixada Cuiabana)", for tabs. */
export function shortMacroName(name: string): string {
  return name.replace(/^Macrorregião\s+/i, '');
}

/** Who recorded a row and when: "Ana (COAP) em 24/11/2026 14:02"; the demo's rows say they are examples. */
export function recordedText(row: {
  isExample: boolean;
  recordedByName: string | null;
  recordedAt: string;
}): string {
  if (row.isExample) return 'Registro de exemplo';
  return `${row.recordedByName ?? 'Usuário removido'} em ${formatDateTimeMt(row.recordedAt)}`;
}
