/**
 * One pass of the e-mail reminders (issue 17, item 2), run by the server's timer and by
 * `npm run reminders`: for each meeting with a reminder due today (shared/domain/reminder-schedule.ts),
 * each active user with an e-mail and reminders on, who has something to be told and has not been
 * told yet, gets one e-mail. The clock and the mailer come in, so tests drive both.
 */
import { firstTuesday, monthOf, todayInMt } from '../../../shared/domain/dates.ts';
import { shiftMonth } from '../../../shared/domain/period.ts';
import { dueReminder, type ReminderKind } from '../../../shared/domain/reminder-schedule.ts';
import type { Db } from '../../db/client.ts';
import { findMeeting } from '../../db/repositories/meeting-repository.ts';
import {
  claimReminder,
  listReminderSends,
  markReminderFailed,
  markReminderSent,
  type ReminderSendRow,
  reclaimFailedReminder,
} from '../../db/repositories/reminder-repository.ts';
import { listUsers, type UserRow } from '../../db/repositories/user-repository.ts';
import { describeError, logError } from '../../logging.ts';
import { toActor } from '../auth.ts';
import { getUpcomingMeeting } from '../meetings.ts';
import { allPendingItems, ownPendingItems } from '../pending-work.ts';
import type { MailConfig } from './mail-config.ts';
import type { Mailer } from './mailer.ts';
import { reminderEmail } from './reminder-email.ts';

/** A failing address or server is tried again on the next passes, up to this many attempts in all. */
export const MAX_REMINDER_ATTEMPTS = 5;

type DueReminder = { meetingMonth: string; scheduledOn: string; kind: ReminderKind };

async function scheduledOn(db: Db, month: string): Promise<string> {
  return (await findMeeting(db, month))?.scheduledOn ?? firstTuesday(month);
}

/**
 * Before the meeting being prepared (the Pendências page's meeting), its pendências; after the
 * latest meeting day passed (this month's or last month's), the overdue deliberations.
 */
async function dueReminders(db: Db, now: Date, daysBefore: number): Promise<DueReminder[]> {
  const today = todayInMt(now);
  const upcoming = (await getUpcomingMeeting(db, now)).month;
  const due: DueReminder[] = [];
  const upcomingOn = await scheduledOn(db, upcoming);
  const upcomingKind = dueReminder(today, upcomingOn, daysBefore);
  if (upcomingKind === 'before' || upcomingKind === 'eve')
    due.push({ meetingMonth: upcoming, scheduledOn: upcomingOn, kind: upcomingKind });
  const thisMonth = monthOf(today);
  for (const month of [thisMonth, shiftMonth(thisMonth, -1)]) {
    const on = await scheduledOn(db, month);
    if (on >= today) continue;
    if (dueReminder(today, on, daysBefore) === 'after')
      due.push({ meetingMonth: month, scheduledOn: on, kind: 'after' });
    break;
  }
  return due;
}

/** Whether this pass may try the user's reminder: never claimed, or failed with attempts left. */
function isOpen(row: ReminderSendRow | undefined): boolean {
  return row === undefined || (row.status === 'failed' && row.attempts < MAX_REMINDER_ATTEMPTS);
}

/** Claims the row before sending: false when another pass (or instance) has it. */
async function claim(
  db: Db,
  user: UserRow,
  reminder: DueReminder,
  row: ReminderSendRow | undefined,
  now: string,
) {
  if (row) return (await reclaimFailedReminder(db, row, now)) ? row.id : null;
  return claimReminder(db, {
    userId: user.id,
    meetingMonth: reminder.meetingMonth,
    kind: reminder.kind,
    now,
  });
}

export async function sendDueReminders(
  db: Db,
  mailer: Mailer,
  now: Date,
  config: Pick<MailConfig, 'appUrl' | 'daysBefore'>,
): Promise<{ sent: number; failed: number }> {
  const result = { sent: 0, failed: 0 };
  const due = await dueReminders(db, now, config.daysBefore);
  if (due.length === 0) return result;
  const recipients = (await listUsers(db)).filter(
    (user): user is UserRow & { email: string } => user.isActive && user.receivesReminders && !!user.email,
  );
  const today = todayInMt(now);
  // Everyone's pendências, computed once for the pass; each e-mail takes its reader's share.
  const everyone = recipients.length > 0 ? await allPendingItems(db, now) : null;
  for (const reminder of due) {
    const sends = await listReminderSends(db, reminder);
    for (const user of recipients) {
      const row = sends.get(user.id);
      if (!isOpen(row)) continue;
      const items = everyone ? ownPendingItems(toActor(user), everyone.items) : [];
      const email = reminderEmail({
        kind: reminder.kind,
        displayName: user.displayName,
        meetingOn: reminder.scheduledOn,
        today,
        items,
        appUrl: config.appUrl,
      });
      if (email === null) continue;
      const id = await claim(db, user, reminder, row, now.toISOString());
      if (id === null) continue;
      try {
        await mailer.send({ to: user.email, ...email });
        await markReminderSent(db, id, now.toISOString());
        result.sent += 1;
      } catch (error) {
        // Kept for the next pass; the log names the reminder, never the address or the settings.
        await markReminderFailed(db, id, describeError(error));
        logError(
          `Lembrete por e-mail não enviado (usuário ${user.id}, ${reminder.meetingMonth}, ${reminder.kind})`,
          error,
        );
        result.failed += 1;
      }
    }
  }
  return result;
}
