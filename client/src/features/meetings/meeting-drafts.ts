/**
 * What a person types in the meeting forms, and the tRPC input it becomes. Checked here so a mistake
 * is explained at once, next to the field; the server checks everything again.
 */
import type { ActionStatus } from '../../../../shared/domain/action-status.ts';
import { type DraftResult, invalid, isRealIsoDate } from '../../lib/drafts.ts';
import { formatIsoDate, isDateInMonth, monthLongLabel } from './meeting-month.ts';

export type { DraftResult };

/** Trimmed; empty is "not given". */
function optionalText(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

// ---- Date and participants ----

export type ScheduleDraft = { scheduledOn: string; participants: string };

export type ScheduleInput = {
  month: string;
  scheduledOn: string;
  participants: string | null;
  version: number | null;
};

export function scheduleDraft(meeting: { scheduledOn: string; participants: string | null }): ScheduleDraft {
  return { scheduledOn: meeting.scheduledOn, participants: meeting.participants ?? '' };
}

export function scheduleInput(
  meeting: { month: string; version: number | null },
  draft: ScheduleDraft,
): DraftResult<ScheduleInput> {
  const scheduledOn = draft.scheduledOn.trim();
  if (scheduledOn === '') return invalid('Informe a data da reunião.');
  if (!isRealIsoDate(scheduledOn)) return invalid('Data inexistente: confira dia, mês e ano.');
  if (!isDateInMonth(scheduledOn, meeting.month))
    return invalid(
      `A data da reunião deve cair em ${monthLongLabel(meeting.month)} (você informou ${formatIsoDate(scheduledOn)}).`,
    );
  const participants = optionalText(draft.participants);
  if (participants !== null && participants.length > 4000)
    return invalid('Lista de participantes muito longa (máximo 4.000 caracteres).');
  return {
    isValid: true,
    input: { month: meeting.month, scheduledOn, participants, version: meeting.version },
  };
}

// ---- Pauta ----

export type AgendaItemDraft = { coordinationCode: string; title: string; description: string };

export type AgendaItemInput = {
  month: string;
  coordinationCode: string;
  title: string;
  description: string | null;
};

/** The form starts on the user's coordenadoria when there is only one to choose. */
export function emptyAgendaItemDraft(allowedCodes: readonly string[]): AgendaItemDraft {
  return {
    coordinationCode: allowedCodes.length === 1 ? (allowedCodes[0] ?? '') : '',
    title: '',
    description: '',
  };
}

export function agendaItemInput(
  month: string,
  draft: AgendaItemDraft,
  allowedCodes: readonly string[],
): DraftResult<AgendaItemInput> {
  if (draft.coordinationCode === '') return invalid('Escolha a coordenadoria que propõe a pauta.');
  if (!allowedCodes.includes(draft.coordinationCode))
    return invalid(`Você não pode propor pauta em nome de ${draft.coordinationCode}.`);
  const title = draft.title.trim();
  if (title === '') return invalid('Informe o assunto da pauta.');
  if (title.length > 300) return invalid('Assunto muito longo (máximo 300 caracteres).');
  const description = optionalText(draft.description);
  if (description !== null && description.length > 4000)
    return invalid('Descrição muito longa (máximo 4.000 caracteres).');
  return { isValid: true, input: { month, coordinationCode: draft.coordinationCode, title, description } };
}

// ---- Deliberação / encaminhamento ----

export type DeliberationDraft = {
  text: string;
  ownerCoordinationCode: string;
  ownerText: string;
  deadline: string;
};

export const EMPTY_DELIBERATION: DeliberationDraft = {
  text: '',
  ownerCoordinationCode: '',
  ownerText: '',
  deadline: '',
};

export type DeliberationInput = {
  month: string;
  text: string;
  ownerCoordinationCode: string | null;
  ownerText: string | null;
  deadline: string | null;
};

/**
 * Who answers for it: a coordenadoria (it then follows the deliberation up in the panel), a person's
 * name, or both. A deadline, when given, is not before the meeting's date.
 */
export function deliberationInput(
  meeting: { month: string; scheduledOn: string },
  draft: DeliberationDraft,
): DraftResult<DeliberationInput> {
  const text = draft.text.trim();
  if (text === '') return invalid('Descreva a deliberação ou encaminhamento.');
  if (text.length > 4000) return invalid('Texto muito longo (máximo 4.000 caracteres).');
  const ownerCoordinationCode = optionalText(draft.ownerCoordinationCode);
  const ownerText = optionalText(draft.ownerText);
  if (ownerCoordinationCode === null && ownerText === null)
    return invalid('Informe o responsável: escolha a coordenadoria ou escreva o nome.');
  if (ownerText !== null && ownerText.length > 200)
    return invalid('Nome do responsável muito longo (máximo 200 caracteres).');
  const deadline = optionalText(draft.deadline);
  if (deadline !== null) {
    if (!isRealIsoDate(deadline)) return invalid('Prazo inexistente: confira dia, mês e ano.');
    if (deadline < meeting.scheduledOn)
      return invalid(
        `O prazo (${formatIsoDate(deadline)}) não pode ser anterior à data da reunião (${formatIsoDate(meeting.scheduledOn)}).`,
      );
  }
  return {
    isValid: true,
    input: { month: meeting.month, text, ownerCoordinationCode, ownerText, deadline },
  };
}

// ---- Acompanhamento de deliberação ----

export type FollowUpDraft = { status: ActionStatus | ''; note: string };

export type FollowUpInput = {
  id: number;
  basedOnUpdateId: number | null;
  status: ActionStatus;
  note: string | null;
};

export function followUpDraft(deliberation: { status: ActionStatus }): FollowUpDraft {
  return { status: deliberation.status, note: '' };
}

/**
 * `basedOnUpdateId` is the latest follow-up the page showed: the server refuses the update if
 * someone recorded another one since. An update that changes nothing and says nothing is refused.
 */
export function followUpInput(
  deliberation: { id: number; status: ActionStatus; lastUpdateId: number | null },
  draft: FollowUpDraft,
): DraftResult<FollowUpInput> {
  if (draft.status === '') return invalid('Escolha a situação da deliberação.');
  const note = optionalText(draft.note);
  if (note !== null && note.length > 4000) return invalid('Nota muito longa (máximo 4.000 caracteres).');
  if (note === null && draft.status === deliberation.status)
    return invalid('Mude a situação ou escreva uma nota sobre o andamento.');
  return {
    isValid: true,
    input: {
      id: deliberation.id,
      basedOnUpdateId: deliberation.lastUpdateId,
      status: draft.status,
      note,
    },
  };
}
