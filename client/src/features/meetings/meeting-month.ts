/** The meeting's month (`AAAA-MM` in the URL) and the dates around it, as a Brazilian reader writes them. */

import { firstTuesday } from '../../../../shared/domain/dates.ts';
import { formatIsoDate, formatPeriod, fullMonthName } from '../../../../shared/format.ts';
import { isRealIsoDate } from '../../lib/drafts.ts';
import { PRINT_PARAM, pathWithSearch } from '../../lib/url.ts';

const WEEKDAYS = [
  'domingo',
  'segunda-feira',
  'terça-feira',
  'quarta-feira',
  'quinta-feira',
  'sexta-feira',
  'sábado',
] as const;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The `:month` of the address when it is a real month (2000–2099), else null. */
export function parseMeetingMonth(text: string | undefined): string | null {
  const match = MONTH_PATTERN.exec(text ?? '');
  if (!match) return null;
  const year = Number(match[1]);
  return year >= 2000 && year <= 2099 ? `${match[1]}-${match[2]}` : null;
}

function parts(month: string): { year: number; name: string } {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return { year, name: fullMonthName(number) };
}

/** `2026-11` → `novembro de 2026`. */
export function monthLongLabel(month: string): string {
  const { year, name } = parts(month);
  return `${name} de ${year}`;
}

/** `2026-11` → `novembro/2026`, as the ata's title writes it. */
export function monthSlashLabel(month: string): string {
  const { year, name } = parts(month);
  return `${name}/${year}`;
}

/** `2026-11` → `nov/2026`, for headings and tables. */
export function monthShortLabel(month: string): string {
  return formatPeriod(month);
}

export { formatIsoDate };

/** `2026-11-03` → `terça-feira, 03/11/2026`. */
export function formatIsoDateWithWeekday(value: string): string {
  if (!isRealIsoDate(value)) return formatIsoDate(value);
  const weekday = WEEKDAYS[new Date(`${value}T00:00:00Z`).getUTCDay()];
  return `${weekday}, ${formatIsoDate(value)}`;
}

export function isDateInMonth(date: string, month: string): boolean {
  return date.slice(0, 7) === month;
}

/** True when the date is the default one: the month's first Tuesday. */
export function isDefaultMeetingDate(date: string, month: string): boolean {
  return firstTuesday(month) === date;
}

export { meetingPath } from '../../../../shared/app-paths.ts';

export function minutesPath(month: string): string {
  return `/reunioes/${encodeURIComponent(month)}/ata`;
}

/** The ata, opening the browser's print dialog as soon as it is ready. */
export function printMinutesPath(month: string): string {
  return pathWithSearch(minutesPath(month), { [PRINT_PARAM]: 1 });
}

/** The action's page: one path for the whole client, so a link from the meeting opens the same page. */
export { actionPath } from '../actions/action-search.ts';
