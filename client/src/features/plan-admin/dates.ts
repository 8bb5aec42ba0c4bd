/** Dates of the plan's prazos as the admin reads and types them (the server stores `AAAA-MM-DD`). */
import { parseDeadline } from '../../../../shared/domain/deadline.ts';
import { formatIsoDate } from '../../../../shared/format.ts';

export { formatIsoDate };

type Dates = { startsOn: string | null; endsOn: string | null };

/** "início 01/07/2024 · término 31/12/2027"; a side without a date says so. */
export function describeDates({ startsOn, endsOn }: Dates): string {
  const start = startsOn ? `início ${formatIsoDate(startsOn)}` : 'sem data de início';
  const end = endsOn ? `término ${formatIsoDate(endsOn)}` : 'sem data de término';
  return `${start} · ${end}`;
}

/** Dates as a short span for the tree: "01/07/2024 a 31/12/2027", "até 30/04/2024", "a partir de 01/07/2024". */
export function datesSpan({ startsOn, endsOn }: Dates): string | null {
  if (startsOn && endsOn) {
    return startsOn === endsOn
      ? formatIsoDate(startsOn)
      : `${formatIsoDate(startsOn)} a ${formatIsoDate(endsOn)}`;
  }
  if (endsOn) return `até ${formatIsoDate(endsOn)}`;
  if (startsOn) return `a partir de ${formatIsoDate(startsOn)}`;
  return null;
}

export type DeadlinePreview =
  | { kind: 'empty'; message: string }
  | { kind: 'kept'; message: string }
  | { kind: 'read'; message: string }
  | { kind: 'unread'; message: string };

/** The prazo as saved now, when editing: the server keeps its dates if the text does not change. */
export type SavedDeadline = Dates & { deadlineText: string; isSetByPerson: boolean };

/**
 * What the server will do with the prazo being typed: read dates from it (shown as they will be
 * saved), keep the current dates (same text), or send it to the review of prazos. Nothing is guessed:
 * this is the same `parseDeadline` the server runs.
 */
export function deadlinePreview(text: string, saved: SavedDeadline | null = null): DeadlinePreview {
  const typed = text.trim();
  if (typed === '')
    return { kind: 'empty', message: 'Escreva o prazo como está no plano, por exemplo: Até abril/24.' };
  if (saved && typed === saved.deadlineText.trim()) {
    const who = saved.isSetByPerson ? ' (definidas por uma pessoa na revisão de prazos)' : '';
    const dates =
      saved.startsOn || saved.endsOn
        ? `Datas atuais${who}: ${describeDates(saved)}.`
        : `Este prazo não tem datas${who}.`;
    return { kind: 'kept', message: `Prazo sem alteração. ${dates}` };
  }
  const dates = parseDeadline(typed);
  const replaces =
    saved?.isSetByPerson === true ? ' As datas definidas por uma pessoa na revisão serão substituídas.' : '';
  if (!dates) {
    return {
      kind: 'unread',
      message: `Não foi possível ler datas deste prazo: ele irá para a revisão de prazos.${replaces}`,
    };
  }
  return { kind: 'read', message: `Datas lidas: ${describeDates(dates)}.${replaces}` };
}

/** Start after end is refused here and by the server, with the same sentence. */
export function datesOrderProblem({ startsOn, endsOn }: Dates): string | null {
  if (startsOn && endsOn && startsOn > endsOn)
    return 'A data de início deve ser anterior ou igual à data de término.';
  return null;
}
