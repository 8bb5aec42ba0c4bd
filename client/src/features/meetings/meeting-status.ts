/** How a meeting's state reads on its page, in the list and in the ata. */
import type { MeetingWindow } from '../../../../shared/domain/meeting-window.ts';
import { formatDateTimeMt } from '../../../../shared/format.ts';
import { formatIsoDate, monthLongLabel } from './meeting-month.ts';

type Closing = { closedAt: string | null; closedByName: string | null };

const UNOPENED_STATES: Partial<Record<MeetingWindow['state'], string>> = {
  'before-plan': 'Reunião não realizada',
  'not-held': 'Reunião não realizada',
  'not-open-yet': 'Ainda não aberta',
};

/**
 * "Encerrada em 06/10/2026 14:00 por Fulana — conteúdo congelado", "Em preparação", or, for a month
 * whose meeting cannot be held (`windowState`), "Reunião não realizada" / "Ainda não aberta".
 */
export function meetingStateText(meeting: Closing, windowState?: MeetingWindow['state']): string {
  if (!meeting.closedAt) return (windowState && UNOPENED_STATES[windowState]) ?? 'Em preparação';
  const by = meeting.closedByName ? ` por ${meeting.closedByName}` : '';
  return `Encerrada em ${formatDateTimeMt(meeting.closedAt)}${by} — conteúdo congelado`;
}

/** For the ata: "Reunião encerrada em 06/10/2026 às 14:00 por Fulana.", or null while it is open. */
export function minutesClosingText(meeting: Closing): string | null {
  if (!meeting.closedAt) return null;
  const [date, time] = formatDateTimeMt(meeting.closedAt).split(' ');
  const by = meeting.closedByName ? ` por ${meeting.closedByName}` : '';
  return `Reunião encerrada em ${date} às ${time}${by}.`;
}

/** What to check before closing: a meeting whose date has not come, a meeting with no deliberation. */
export function closingWarnings(input: {
  scheduledOn: string;
  today: string;
  deliberationCount: number;
}): string[] {
  const warnings: string[] = [];
  if (input.scheduledOn > input.today)
    warnings.push(
      `A reunião está marcada para ${formatIsoDate(input.scheduledOn)}, data que ainda não chegou: encerre só depois de realizada.`,
    );
  if (input.deliberationCount === 0) warnings.push('Nenhuma deliberação foi registrada nesta reunião.');
  return warnings;
}

type Scheduled = Closing & { month: string; scheduledOn: string };

/**
 * The meeting the list shows first: "Próxima reunião", or — once its date has passed (`today` in Mato
 * Grosso) without a close — "Reunião em aberto" with "Reunião de novembro de 2026 — marcada para
 * 03/11/2026, ainda não encerrada".
 */
export function upcomingMeetingHeading(
  meeting: Scheduled,
  today: string,
): { isLeftOpen: boolean; title: string; text: string } {
  const name = `Reunião de ${monthLongLabel(meeting.month)}`;
  return meeting.closedAt === null && meeting.scheduledOn < today
    ? {
        isLeftOpen: true,
        title: 'Reunião em aberto',
        text: `${name} — marcada para ${formatIsoDate(meeting.scheduledOn)}, ainda não encerrada`,
      }
    : { isLeftOpen: false, title: 'Próxima reunião', text: name };
}
