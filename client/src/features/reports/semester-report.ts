/**
 * The semester report on screen and on paper: addresses, the sentences around the figures and the
 * texts typed by a coordenadoria. Numbers and dates go through `shared/format.ts`.
 */
import { parseYearPart, yearPartCode } from '../../../../shared/domain/dates.ts';
import { formatIsoDate, formatPeriod } from '../../../../shared/format.ts';
import {
  NARRATIVE_FIELDS,
  NARRATIVE_MAX_CHARS,
  type NarrativeField,
  type TSemesterNarrativeInput,
} from '../../../../shared/schemas/semester-report.ts';

export const SEMESTER_REPORT_BASE = '/relatorios/semestral';

/** The `:semester` of the address when it is a semester of the plan (`2026-S1`, `2026-s1`), else null. */
export function parseSemesterParam(text: string | undefined): string | null {
  const parsed = parseYearPart(text ?? '', 'semester');
  return parsed ? yearPartCode(parsed) : null;
}

export function semesterReportPath(semester: string): string {
  return `${SEMESTER_REPORT_BASE}/${encodeURIComponent(semester)}`;
}

export function semesterPrintPath(semester: string): string {
  return `${semesterReportPath(semester)}/imprimir`;
}

export function semesterXlsxPath(semester: string): string {
  return `/api/v1/reports/semester/${encodeURIComponent(semester)}.xlsx`;
}

/** Where the actions' counts stand: the last day of a closed semester, or today in the current one. */
export function situationText(report: { state: string; situationDate: string; endsOn: string }): string {
  return report.state === 'closed'
    ? `Situação das ações em ${formatIsoDate(report.situationDate)}, fim do semestre (registros de monitoramento dos meses do semestre, mesmo se lançados depois).`
    : `Semestre em curso: situação das ações hoje, ${formatIsoDate(report.situationDate)}; o semestre termina em ${formatIsoDate(report.endsOn)}.`;
}

/** The indicators' figures are of the whole year, year to date while it runs. */
export function figureYearText(indicator: {
  year: number;
  isPartial: boolean;
  partialThrough: string | null;
}) {
  return indicator.isPartial && indicator.partialThrough
    ? `${indicator.year}, acumulado até ${formatPeriod(indicator.partialThrough)}`
    : String(indicator.year);
}

export type NarrativeDraft = Record<NarrativeField, string>;

type SavedNarrative = Record<NarrativeField, string | null> | null;

/**
 * The form's texts: what is saved; for a text never written, item c) starts from
 * `relationSuggestion` (the coordenadoria's analyses of its indicators in the semester).
 */
export function draftFrom(
  narrative: SavedNarrative,
  relationSuggestion: string | null = null,
): NarrativeDraft {
  return {
    progress: narrative?.progress ?? '',
    difficulties: narrative?.difficulties ?? '',
    relation: narrative ? (narrative.relation ?? '') : (relationSuggestion ?? ''),
  };
}

/** The draft differs from what is saved (spaces at the ends do not count: the server trims them). */
export function hasDraftChanges(draft: NarrativeDraft, narrative: SavedNarrative): boolean {
  return NARRATIVE_FIELDS.some(({ key }) => draft[key].trim() !== (narrative?.[key] ?? ''));
}

export type NarrativeErrors = Partial<Record<NarrativeField, string>>;

/**
 * The `report.saveNarrative` input, or the problems next to each field. Mirrors the server's
 * checks (length; at least one text for a first save) so they show before sending.
 */
export function narrativeInput(
  draft: NarrativeDraft,
  key: { semester: string; objectiveCode: string; coordinationCode: string; version: number | null },
):
  | { isValid: true; input: TSemesterNarrativeInput }
  | { isValid: false; errors: NarrativeErrors; message: string } {
  const errors: NarrativeErrors = {};
  for (const { key: field, label } of NARRATIVE_FIELDS) {
    const length = draft[field].trim().length;
    if (length > NARRATIVE_MAX_CHARS) {
      errors[field] =
        `${label}: ${length.toLocaleString('pt-BR')} caracteres; o máximo é ${NARRATIVE_MAX_CHARS.toLocaleString('pt-BR')}.`;
    }
  }
  if (Object.keys(errors).length > 0) {
    return { isValid: false, errors, message: 'Encurte o texto indicado para salvar.' };
  }
  const text = (field: NarrativeField) => draft[field].trim() || null;
  const input = {
    ...key,
    progress: text('progress'),
    difficulties: text('difficulties'),
    relation: text('relation'),
  };
  if (key.version === null && !input.progress && !input.difficulties && !input.relation) {
    return { isValid: false, errors: {}, message: 'Nada a salvar: escreva ao menos um dos três textos.' };
  }
  return { isValid: true, input };
}

/** "3 de 4 coordenadorias escreveram" under an objective. */
export function writtenCountText(coordinations: readonly { narrative: unknown }[]): string {
  const total = coordinations.length;
  const written = coordinations.filter((coordination) => coordination.narrative !== null).length;
  if (total === 0) return 'Nenhuma coordenadoria responde por este objetivo.';
  if (written === 0) return 'Nenhuma coordenadoria escreveu ainda.';
  return `${written} de ${total} ${total === 1 ? 'coordenadoria escreveu' : 'coordenadorias escreveram'}.`;
}

/**
 * On paper, the coordenadorias that have not written are named in one line per objective
 * ("Ainda não escrito por: Coordenadoria de Consórcios, Núcleo do Telessaúde…") instead of one
 * empty block each; null when all have written.
 */
export function unwrittenText(coordinations: readonly { name: string; narrative: unknown }[]): string | null {
  const names = coordinations
    .filter((coordination) => coordination.narrative === null)
    .map(({ name }) => name);
  return names.length === 0 ? null : `Ainda não escrito por: ${names.join(', ')}.`;
}
