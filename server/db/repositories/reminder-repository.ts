/**
 * Reminders sent (issue 17, item 2). A row is claimed before its e-mail goes out: the UNIQUE key
 * (user, meeting, kind) lets one claimer win, whichever instance or pass it is.
 */
import type { ReminderKind } from '../../../shared/domain/reminder-schedule.ts';
import type { Db } from '../client.ts';
import { insertedId } from './inserted-id.ts';

export type ReminderSendRow = {
  id: number;
  userId: number;
  status: 'sending' | 'sent' | 'failed';
  attempts: number;
};

type DbReminderSend = { id: number; user_id: number; status: ReminderSendRow['status']; attempts: number };

/** The reminders of one meeting and kind already claimed, by user. */
export async function listReminderSends(
  db: Db,
  key: { meetingMonth: string; kind: ReminderKind },
): Promise<Map<number, ReminderSendRow>> {
  const rows: DbReminderSend[] = await db('reminder_sends')
    .where({ meeting_month: key.meetingMonth, kind: key.kind })
    .select('id', 'user_id', 'status', 'attempts');
  return new Map(
    rows.map((row) => [
      row.user_id,
      { id: row.id, userId: row.user_id, status: row.status, attempts: Number(row.attempts) },
    ]),
  );
}

/** A first claim: the row's id, or null when another pass inserted it first. */
export async function claimReminder(
  db: Db,
  claim: { userId: number; meetingMonth: string; kind: ReminderKind; now: string },
): Promise<number | null> {
  const [inserted] = await db('reminder_sends')
    .insert({
      user_id: claim.userId,
      meeting_month: claim.meetingMonth,
      kind: claim.kind,
      status: 'sending',
      attempts: 1,
      error: null,
      claimed_at: claim.now,
      sent_at: null,
    })
    .onConflict(['user_id', 'meeting_month', 'kind'])
    .ignore()
    .returning('id');
  return inserted === undefined ? null : insertedId(inserted);
}

/** A failed reminder claimed again for another attempt; false when another pass took it first. */
export async function reclaimFailedReminder(db: Db, row: ReminderSendRow, now: string): Promise<boolean> {
  const updated = await db('reminder_sends')
    .where({ id: row.id, status: 'failed', attempts: row.attempts })
    .update({ status: 'sending', attempts: row.attempts + 1, claimed_at: now });
  return updated === 1;
}

export async function markReminderSent(db: Db, id: number, now: string): Promise<void> {
  await db('reminder_sends').where({ id }).update({ status: 'sent', error: null, sent_at: now });
}

export async function markReminderFailed(db: Db, id: number, error: string): Promise<void> {
  await db('reminder_sends').where({ id }).update({ status: 'failed', error });
}
