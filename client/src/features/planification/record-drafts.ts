/**
 * What a coordenadoria types in the planificação forms and the tRPC input it becomes. Only what can
 * be said at once is checked here (a missing field, an impossible date); the server checks the
 * rest (no date after today, none before the plan, versions) and answers in Portuguese.
 */
import { type DraftResult, invalid, isRealIsoDate } from '../../lib/drafts.ts';

export type { DraftResult };

function dateProblem(value: string, what: string): string | null {
  if (value.trim() === '') return `Informe ${what}.`;
  if (!isRealIsoDate(value.trim()))
    return `${what[0]?.toUpperCase()}${what.slice(1)} é inexistente: confira dia, mês e ano.`;
  return null;
}

// ---- Adesão ----

export type AdhesionDraft = {
  municipalityCode: string;
  adheredOn: string;
  withdrawnOn: string;
  document: string;
  /** The version of the adhesion the form was filled from; null for a new adhesion. */
  expectedVersion: number | null;
  /** The fields came from this município's recorded adhesion (editing it). */
  loadedFrom: string | null;
};

export type AdhesionInput = {
  municipalityCode: string;
  adheredOn: string;
  withdrawnOn: string | null;
  document: string | null;
  expectedVersion: number | null;
};

type RecordedAdhesion = {
  municipalityCode: string;
  adheredOn: string;
  withdrawnOn: string | null;
  document: string | null;
  version: number;
};

export function emptyAdhesionDraft(today: string): AdhesionDraft {
  return {
    municipalityCode: '',
    adheredOn: today,
    withdrawnOn: '',
    document: '',
    expectedVersion: null,
    loadedFrom: null,
  };
}

/** The form filled from a recorded adhesion, to correct it or record a withdrawal. */
export function adhesionDraftFrom(adhesion: RecordedAdhesion): AdhesionDraft {
  return {
    municipalityCode: adhesion.municipalityCode,
    adheredOn: adhesion.adheredOn,
    withdrawnOn: adhesion.withdrawnOn ?? '',
    document: adhesion.document ?? '',
    expectedVersion: adhesion.version,
    loadedFrom: adhesion.municipalityCode,
  };
}

/**
 * A município picked in the select: one with a recorded adhesion opens it for editing; another one
 * keeps what was typed (unless that came from another município's record).
 */
export function selectMunicipality(
  draft: AdhesionDraft,
  code: string,
  adhesions: readonly RecordedAdhesion[],
  today: string,
): AdhesionDraft {
  const recorded = adhesions.find((adhesion) => adhesion.municipalityCode === code);
  if (recorded) return adhesionDraftFrom(recorded);
  const base = draft.loadedFrom === null ? draft : emptyAdhesionDraft(today);
  return { ...base, municipalityCode: code, expectedVersion: null, loadedFrom: null };
}

export function adhesionInput(draft: AdhesionDraft): DraftResult<AdhesionInput> {
  if (draft.municipalityCode === '') return invalid('Escolha o município.');
  const adhered = dateProblem(draft.adheredOn, 'a data de adesão');
  if (adhered) return invalid(adhered);
  const withdrawnOn = draft.withdrawnOn.trim() === '' ? null : draft.withdrawnOn.trim();
  if (withdrawnOn !== null) {
    const withdrawn = dateProblem(withdrawnOn, 'a data de saída');
    if (withdrawn) return invalid(withdrawn);
    if (withdrawnOn <= draft.adheredOn.trim())
      return invalid('A data de saída deve ser posterior à data de adesão.');
  }
  const document = draft.document.trim();
  if (document.length > 300) return invalid('Documento muito longo (máximo 300 caracteres).');
  return {
    isValid: true,
    input: {
      municipalityCode: draft.municipalityCode,
      adheredOn: draft.adheredOn.trim(),
      withdrawnOn,
      document: document === '' ? null : document,
      expectedVersion: draft.expectedVersion,
    },
  };
}

/** The version recorded now for a município (null: none), to base the next save on after a conflict. */
export function currentVersion(
  macros: readonly { adhesions: readonly RecordedAdhesion[] }[] | undefined,
  municipalityCode: string,
): number | null {
  for (const macro of macros ?? []) {
    const found = macro.adhesions.find((adhesion) => adhesion.municipalityCode === municipalityCode);
    if (found) return found.version;
  }
  return null;
}

// ---- Formação ----

export type TrainingDraft = { heldOn: string; title: string; professionals: string };

export type TrainingInput = { macroCode: string; heldOn: string; title: string; professionals: number };

export function emptyTrainingDraft(today: string): TrainingDraft {
  return { heldOn: today, title: '', professionals: '' };
}

/** "1.701", "1701", " 85 " → a whole number; anything else → null. */
export function parseCount(text: string): number | null {
  const trimmed = text.trim();
  // Plain digits, or thousands points in their places ("1.250"); "12.5" or "1,5" are not counts.
  if (!/^\d+$/.test(trimmed) && !/^\d{1,3}(\.\d{3})+$/.test(trimmed)) return null;
  return Number(trimmed.replace(/\./g, ''));
}

export function trainingInput(macroCode: string, draft: TrainingDraft): DraftResult<TrainingInput> {
  const held = dateProblem(draft.heldOn, 'a data da formação');
  if (held) return invalid(held);
  const title = draft.title.trim();
  if (title.length < 3) return invalid('Descreva a formação (ex.: Oficina tutorial 1).');
  if (title.length > 200) return invalid('Descrição muito longa (máximo 200 caracteres).');
  if (draft.professionals.trim() === '') return invalid('Informe o número de profissionais qualificados.');
  const professionals = parseCount(draft.professionals);
  if (professionals === null) return invalid('O número de profissionais é um número inteiro.');
  if (professionals < 1) return invalid('Informe ao menos 1 profissional.');
  return { isValid: true, input: { macroCode, heldOn: draft.heldOn.trim(), title, professionals } };
}

// ---- Etapa da fase 1 ----

export type StageDraft = { completedOn: string; note: string };

export type StageInput = { macroCode: string; stageCode: string; completedOn: string; note: string | null };

export function emptyStageDraft(today: string): StageDraft {
  return { completedOn: today, note: '' };
}

export function stageInput(macroCode: string, stageCode: string, draft: StageDraft): DraftResult<StageInput> {
  const completed = dateProblem(draft.completedOn, 'a data de conclusão');
  if (completed) return invalid(completed);
  const note = draft.note.trim();
  if (note.length > 500) return invalid('Observação muito longa (máximo 500 caracteres).');
  return {
    isValid: true,
    input: { macroCode, stageCode, completedOn: draft.completedOn.trim(), note: note === '' ? null : note },
  };
}
