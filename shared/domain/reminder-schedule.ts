/**
 * When the e-mail reminders go out (issue 17, item 2), as one pure rule: the pendências N days
 * before the reunião de condução and again on its eve; after it, a note of the overdue
 * deliberations. Each is a window of days, not a single day, so a server that was down on the day
 * still sends it the next time it runs; `reminder_sends` makes sure it goes once.
 */
import { addDays } from './dates.ts';

export const REMINDER_KINDS = ['before', 'eve', 'after'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const DEFAULT_REMINDER_DAYS_BEFORE = 5;
/** A note about a meeting more than a week past would read as stale: then it is not sent. */
const AFTER_WINDOW_DAYS = 7;

/**
 * The reminder due `today` (`AAAA-MM-DD`, Mato Grosso) for a meeting on `scheduledOn`, if any:
 * `before` from `daysBefore` days ahead until two days ahead, `eve` the day before (with
 * `daysBefore` 1, only that one), `after` in the week after the meeting day.
 */
export function dueReminder(today: string, scheduledOn: string, daysBefore: number): ReminderKind | null {
  const eve = addDays(scheduledOn, -1);
  if (today === eve) return 'eve';
  if (today >= addDays(scheduledOn, -daysBefore) && today < eve) return 'before';
  if (today > scheduledOn && today <= addDays(scheduledOn, AFTER_WINDOW_DAYS)) return 'after';
  return null;
}

/** Whole days from `today` to the meeting: "faltam 5 dias". */
export function daysUntil(today: string, scheduledOn: string): number {
  return Math.round((Date.parse(`${scheduledOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
