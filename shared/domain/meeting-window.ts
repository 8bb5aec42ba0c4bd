/**
 * What can be done, today, in the reunião de condução of a month (issue 15): the page offers only
 * that, and the server refuses the rest with the same sentence. The plan's meetings start in March
 * 2024 (action 1.3.1: "Março/24 a dez/27"); they follow each other, so once a month's meeting is
 * closed the months before it take nothing more; a date can be set up to a year ahead, a pauta
 * proposed up to two months ahead and not for a meeting whose month has passed, and deliberations
 * recorded and the meeting closed only from its month on.
 */
import { formatPeriod } from '../format.ts';
import { shiftMonth } from './period.ts';

export const FIRST_MEETING_MONTH = '2024-03';
const SCHEDULE_MONTHS_AHEAD = 12;
const AGENDA_MONTHS_AHEAD = 2;

export type MeetingWork = 'schedule' | 'propose' | 'deliberate' | 'close';

export type MeetingWindow = {
  /** `open`: the meeting is being prepared or held; otherwise the page is read-only (but a date). */
  state: 'before-plan' | 'not-held' | 'not-open-yet' | 'open';
  /** What the page says when the meeting cannot be prepared (yet), in a sentence. */
  notice: string | null;
  /** Why each kind of work is refused, or null when it is allowed. */
  refusals: Record<MeetingWork, string | null>;
};

/** `thisMonth`: today's month in Mato Grosso; `lastClosed`: the latest closed meeting's month. */
export function meetingWindow(
  month: string,
  context: { thisMonth: string; lastClosed: string | null },
): MeetingWindow {
  const { thisMonth, lastClosed } = context;
  const monthName = formatPeriod(month);
  const all = (reason: string): MeetingWindow['refusals'] => ({
    schedule: reason,
    propose: reason,
    deliberate: reason,
    close: reason,
  });
  if (month < FIRST_MEETING_MONTH) {
    const notice = `As reuniões de condução do plano começam em ${formatPeriod(FIRST_MEETING_MONTH)}: não houve reunião em ${monthName}.`;
    return { state: 'before-plan', notice, refusals: all(notice) };
  }
  if (lastClosed !== null && month < lastClosed) {
    const notice = `Reunião não realizada: a reunião de ${formatPeriod(lastClosed)} já foi encerrada, e meses anteriores a ela não recebem mais registros.`;
    return { state: 'not-held', notice, refusals: all(notice) };
  }
  const schedule =
    month > shiftMonth(thisMonth, SCHEDULE_MONTHS_AHEAD) ? 'Agende reuniões até doze meses à frente.' : null;
  const propose =
    month < thisMonth
      ? `A reunião de ${monthName} já passou: proponha a pauta para a próxima reunião.`
      : month > shiftMonth(thisMonth, AGENDA_MONTHS_AHEAD)
        ? 'Pautas são propostas para as reuniões dos próximos dois meses.'
        : null;
  const notHappened = month > thisMonth ? `A reunião de ${monthName} ainda não aconteceu.` : null;
  if (propose !== null && notHappened !== null) {
    const opens = formatPeriod(shiftMonth(month, -AGENDA_MONTHS_AHEAD));
    const notice = `Reunião ainda não aberta: as pautas se abrem em ${opens}${schedule === null ? '; até lá, só a data pode ser marcada' : ''}.`;
    return {
      state: 'not-open-yet',
      notice,
      refusals: { schedule, propose, deliberate: notHappened, close: notHappened },
    };
  }
  return {
    state: 'open',
    notice: null,
    refusals: { schedule, propose, deliberate: notHappened, close: notHappened },
  };
}

/**
 * The meeting being prepared: this month's until it is closed, then next month's. It reviews the
 * month before it, which is where the coordenadorias' monitoring forms open.
 */
export function upcomingMeeting(
  thisMonth: string,
  lastClosed: string | null,
): { month: string; reviewedMonth: string } {
  const month = lastClosed !== null && lastClosed >= thisMonth ? shiftMonth(thisMonth, 1) : thisMonth;
  return { month, reviewedMonth: shiftMonth(month, -1) };
}
