/** How an import job and its report read on the page. */

import type { IndicatorKind } from '../../../../shared/domain/indicator.ts';
import { formatNumber, toCsv } from '../../../../shared/format.ts';
import { describeProblem } from '../../../../shared/import/problems.ts';
import type { ImportJob, ImportProblem, ImportReport } from './import-api.ts';

export const PHASE_LABELS: Record<ImportJob['phase'], string> = {
  lendo: 'Lendo o arquivo',
  conferindo: 'Conferindo os valores',
  gravando: 'Gravando',
  concluido: 'Concluído',
};

/**
 * "Conferindo os valores: 1.200 de 5.000" once the phase reports steps; before the first step,
 * "Conferindo os valores (5.000)…"; a one-step phase is just named.
 */
export function progressText(job: Pick<ImportJob, 'phase' | 'done' | 'total'>): string {
  const label = PHASE_LABELS[job.phase];
  if (job.total <= 1) return `${label}…`;
  if (job.done === 0) return `${label} (${formatNumber(job.total, 0)})…`;
  return `${label}: ${formatNumber(job.done, 0)} de ${formatNumber(job.total, 0)}`;
}

/** A bar that fills once the job reports steps; until then it only shows that work goes on. */
export function hasMeasuredProgress(job: Pick<ImportJob, 'done' | 'total'>): boolean {
  return job.total > 1 && job.done > 0;
}

/** "Linha 12, coluna numerador: …", or the sentence alone for the file as a whole (line 0). */
export const problemSentence = describeProblem;

/** The reason on its own, for the "motivo" column (capitalised like a sentence about the whole file). */
export function problemReason(problem: ImportProblem): string {
  return describeProblem({ line: 0, column: '', reason: problem.reason });
}

/** How many values an applied import wrote. */
export function writtenCount(report: Pick<ImportReport, 'toCreate' | 'toUpdate'>): number {
  return report.toCreate + report.toUpdate;
}

/** Over the sample table: a preview has written nothing yet, and the report lists at most 20 changes. */
export function samplesCaption(
  report: Pick<ImportReport, 'isApplied' | 'toCreate' | 'toUpdate'> & { samples: readonly unknown[] },
): string {
  const title = report.isApplied ? 'Valores gravados' : 'O que mudaria';
  const total = writtenCount(report);
  return total > report.samples.length
    ? `${title}: os primeiros ${formatNumber(report.samples.length, 0)} de ${formatNumber(total, 0)}`
    : title;
}

type SampleValue = { numerator: number | null; denominator: number | null } | null;

/** "152 / 1.234" (numerador / denominador), "4" for a count, "novo" when nothing was stored. */
export function sampleValueText(value: SampleValue, kind: IndicatorKind | undefined): string {
  if (value === null) return 'novo';
  const amount = (part: number | null) => (part === null ? '—' : formatNumber(part, 6));
  return kind === 'count'
    ? amount(value.numerator)
    : `${amount(value.numerator)} / ${amount(value.denominator)}`;
}

export const TEMPLATE_COLUMNS = ['indicador', 'ibge', 'periodo', 'numerador', 'denominador'] as const;

/** Cuiabá in March (a rate: numerador and denominador), and a yearly count with no denominador. */
const TEMPLATE_EXAMPLES: readonly (readonly (string | number | null)[])[] = [
  ['713', '510340', '2025-03', 152, 1234],
  ['PLAN-MUN', '510010', '2025', 1, null],
];

export const TEMPLATE_EXAMPLE_LINE = '713;510340;2025-03;152;1234';

/** The template as a CSV for Excel in Portuguese: header and two example rows. */
export function templateCsv(): string {
  return toCsv(TEMPLATE_COLUMNS, TEMPLATE_EXAMPLES);
}
