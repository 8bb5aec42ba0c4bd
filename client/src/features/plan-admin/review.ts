/** The review of prazos the parser could not read: the dates a person types for each one. */
import type { RouterOutputs } from '../../lib/trpc.ts';
import { datesOrderProblem } from './dates.ts';
import type { DraftResult } from './drafts.ts';
import type { RouterInputs } from './plan-tree.ts';

export type ReviewRow = RouterOutputs['actionPlan']['deadlineReview']['rows'][number];
export type SetDatesInput = RouterInputs['actionPlan']['setDates'];

/** What an `<input type="date">` holds: `AAAA-MM-DD`, or '' when empty. */
export type DatesDraft = { startsOn: string; endsOn: string };

export const datesDraft = (row: Pick<ReviewRow, 'startsOn' | 'endsOn'>): DatesDraft => ({
  startsOn: row.startsOn ?? '',
  endsOn: row.endsOn ?? '',
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Either date may stay empty ("contínuo" has a start and no end); both empty records that a person
 * decided this prazo has no dates. Start after end is refused, as the server does.
 */
export function setDatesInput(
  row: Pick<ReviewRow, 'kind' | 'code'>,
  draft: DatesDraft,
  version: number,
): DraftResult<SetDatesInput> {
  const problems: string[] = [];
  const startsOn = draft.startsOn.trim() === '' ? null : draft.startsOn.trim();
  const endsOn = draft.endsOn.trim() === '' ? null : draft.endsOn.trim();
  if (startsOn !== null && !isRealDate(startsOn)) problems.push('Data de início inválida: use dd/mm/aaaa.');
  if (endsOn !== null && !isRealDate(endsOn)) problems.push('Data de término inválida: use dd/mm/aaaa.');
  const order = problems.length === 0 ? datesOrderProblem({ startsOn, endsOn }) : null;
  if (order) problems.push(order);
  if (problems.length > 0) return { isValid: false, problems };
  return { isValid: true, input: { kind: row.kind, code: row.code, dates: { startsOn, endsOn }, version } };
}

export const reviewStatusLabel = (isSet: boolean) => (isSet ? 'Definido por uma pessoa' : 'Pendente');

export const isDraftChanged = (row: Pick<ReviewRow, 'startsOn' | 'endsOn'>, draft: DatesDraft) =>
  (row.startsOn ?? '') !== draft.startsOn || (row.endsOn ?? '') !== draft.endsOn;
