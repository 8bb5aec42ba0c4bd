/**
 * The monthly monitoring record as typed in the form, and its conversion to the `actionPlan.record`
 * input. The checks mirror the server's (shared/schemas/action-plan.ts) so mistakes show next to the
 * field before sending; the server checks again and has the last word.
 */
import { ACTION_STATUSES, type ActionStatus } from '../../../../shared/domain/action-status.ts';
import type { TMonitoringRecordInput } from '../../../../shared/schemas/action-plan.ts';
import { formatMonth } from './action-labels.ts';

export type RecordDraft = {
  referenceMonth: string;
  /** '' until the person picks one. */
  status: ActionStatus | '';
  /** As typed in the number field ('' = not given). */
  percentDone: string;
  doneText: string;
  difficulties: string;
  /** One link per line. */
  evidenceText: string;
  hasNonConformity: boolean;
  ncDescription: string;
  ncCause: string;
  ncCorrectiveAction: string;
  ncCorrectiveOwner: string;
  /** yyyy-mm-dd, as the date input gives it. */
  ncCorrectiveDeadline: string;
};

export type RecordField = keyof RecordDraft;
export type RecordErrors = Partial<Record<RecordField, string>>;

export function emptyRecordDraft(referenceMonth: string): RecordDraft {
  return {
    referenceMonth,
    status: '',
    percentDone: '',
    doneText: '',
    difficulties: '',
    evidenceText: '',
    hasNonConformity: false,
    ncDescription: '',
    ncCause: '',
    ncCorrectiveAction: '',
    ncCorrectiveOwner: '',
    ncCorrectiveDeadline: '',
  };
}

/** The form's fields in screen order, to move the focus to the first one with a problem. */
export const RECORD_FIELD_ORDER: readonly RecordField[] = [
  'referenceMonth',
  'status',
  'percentDone',
  'doneText',
  'difficulties',
  'evidenceText',
  'ncDescription',
  'ncCause',
  'ncCorrectiveAction',
  'ncCorrectiveOwner',
  'ncCorrectiveDeadline',
];

/** The fields typed out; the month and the status, chosen from a list, are quick to redo. */
const TYPED_FIELDS = RECORD_FIELD_ORDER.filter((field) => field !== 'referenceMonth' && field !== 'status');

/** Something typed would be lost by leaving the page. */
export function hasTypedText(draft: RecordDraft): boolean {
  return TYPED_FIELDS.some((field) => String(draft[field]).trim() !== '');
}

/** A concluded action is 100% executed: the form shows 100 and sends 100. */
export function effectivePercent(draft: Pick<RecordDraft, 'status' | 'percentDone'>): string {
  return draft.status === 'done' ? '100' : draft.percentDone;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LINK = /^https?:\/\/\S+$/;
export const MAX_EVIDENCE_LINKS = 20;

const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

/** The evidence links, one per line, blank lines ignored. */
export function evidenceLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function evidenceProblem(links: readonly string[]): string | null {
  const bad = links.map((link, index) => ({ link, line: index + 1 })).filter(({ link }) => !LINK.test(link));
  if (bad.length === 1)
    return `O link da linha ${bad[0]?.line} não começa com http:// ou https:// (ou tem espaços).`;
  if (bad.length > 1)
    return `Os links das linhas ${bad.map(({ line }) => line).join(', ')} não começam com http:// ou https:// (ou têm espaços).`;
  if (links.length > MAX_EVIDENCE_LINKS) return `Informe no máximo ${MAX_EVIDENCE_LINKS} links de evidência.`;
  if (links.some((link) => link.length > 1000)) return 'Há um link muito longo (máximo de 1.000 caracteres).';
  return null;
}

function percentProblem(text: string): { value: number | null; problem: string | null } {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null, problem: null };
  const value = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(value))
    return { value: null, problem: 'O percentual executado deve ser um número de 0 a 100.' };
  if (!Number.isInteger(value))
    return { value: null, problem: 'O percentual executado deve ser um número inteiro.' };
  if (value < 0 || value > 100) return { value: null, problem: 'O percentual executado vai de 0 a 100.' };
  return { value, problem: null };
}

const given = (text: string) => (text.trim() === '' ? null : text.trim());

type RecordContext = {
  code: string;
  /** The newest record the page shows, or null when the history is empty. */
  basedOnRecordId: number | null;
  /** AAAA-MM of today in Mato Grosso: a record cannot be for a later month. */
  currentMonth: string;
};

export type RecordConversion =
  | { isValid: true; input: TMonitoringRecordInput }
  | { isValid: false; errors: RecordErrors };

export function recordInput(draft: RecordDraft, context: RecordContext): RecordConversion {
  const errors: RecordErrors = {};
  const month = draft.referenceMonth.trim();
  if (!MONTH.test(month)) errors.referenceMonth = 'Informe o mês de referência (mês e ano).';
  else if (month > context.currentMonth)
    errors.referenceMonth = 'O mês de referência não pode ser posterior ao mês atual.';

  const status = draft.status;
  if (!(ACTION_STATUSES as readonly string[]).includes(status)) errors.status = 'Escolha a situação da ação.';

  const percent = percentProblem(effectivePercent(draft));
  if (percent.problem) errors.percentDone = percent.problem;

  if (draft.doneText.trim().length > 8000) errors.doneText = 'O texto "o que foi feito" é muito longo.';
  if (draft.difficulties.trim().length > 8000) errors.difficulties = 'O texto de dificuldades é muito longo.';

  const links = evidenceLines(draft.evidenceText);
  const linkProblem = evidenceProblem(links);
  if (linkProblem) errors.evidenceText = linkProblem;

  if (draft.hasNonConformity) {
    if (draft.ncDescription.trim() === '') errors.ncDescription = 'Descreva a não conformidade.';
    if (draft.ncCorrectiveAction.trim() === '')
      errors.ncCorrectiveAction = 'Informe a medida corretiva da não conformidade.';
    if (draft.ncCorrectiveOwner.trim() === '')
      errors.ncCorrectiveOwner = 'Informe o responsável pela medida corretiva.';
    else if (draft.ncCorrectiveOwner.trim().length > 200)
      errors.ncCorrectiveOwner = 'Responsável muito longo (máximo de 200 caracteres).';
    const deadline = draft.ncCorrectiveDeadline.trim();
    if (deadline === '') errors.ncCorrectiveDeadline = 'Informe o novo prazo da medida corretiva.';
    else if (!ISO_DATE.test(deadline) || !isRealDate(deadline))
      errors.ncCorrectiveDeadline = 'Data inexistente: informe o prazo como dd/mm/aaaa.';
  }

  if (Object.keys(errors).length > 0) return { isValid: false, errors };
  return {
    isValid: true,
    input: {
      code: context.code,
      basedOnRecordId: context.basedOnRecordId,
      referenceMonth: month,
      status: status as ActionStatus,
      percentDone: percent.value,
      doneText: given(draft.doneText),
      difficulties: given(draft.difficulties),
      evidenceLinks: links,
      nonConformity: draft.hasNonConformity
        ? {
            description: draft.ncDescription.trim(),
            cause: given(draft.ncCause),
            correctiveAction: draft.ncCorrectiveAction.trim(),
            correctiveOwner: draft.ncCorrectiveOwner.trim(),
            correctiveDeadline: draft.ncCorrectiveDeadline.trim(),
          }
        : null,
    },
  };
}

export function firstErrorField(errors: RecordErrors): RecordField | null {
  return RECORD_FIELD_ORDER.find((field) => errors[field] !== undefined) ?? null;
}

/** What choosing this reference month means, given the history (newest first, by reference month). */
export function referenceMonthNote(
  month: string,
  history: readonly { referenceMonth: string }[],
): string | null {
  if (!MONTH.test(month)) return null;
  const latest = history[0];
  if (latest && month < latest.referenceMonth)
    return `O registro mais recente é de ${formatMonth(latest.referenceMonth)}: um registro de ${formatMonth(month)} entra no histórico, mas não muda a situação atual da ação.`;
  if (history.some((record) => record.referenceMonth === month))
    return `Já existe registro de ${formatMonth(month)}. O novo não apaga o anterior: passa a ser o registro mais recente desse mês.`;
  return null;
}

/**
 * The record written last (highest id), whatever its month: the server refuses a save when anybody
 * wrote after it, even a late record for an older month that does not change the current status.
 */
export function lastWrittenId(history: readonly { id: number }[]): number | null {
  return history.length === 0 ? null : Math.max(...history.map((record) => record.id));
}
