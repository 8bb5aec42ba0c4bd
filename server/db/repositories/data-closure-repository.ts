import type { Db } from '../client.ts';

export type DataClosureRow = {
  month: string;
  isClosed: boolean;
  closedAt: string;
  closedByName: string | null;
  meetingMonth: string;
  reopenedAt: string | null;
  reopenedByName: string | null;
  reopenReason: string | null;
  version: number;
};

/** Every month ever closed, with who closed and who reopened it last. */
export async function listDataClosures(db: Db): Promise<DataClosureRow[]> {
  const rows: {
    month: string;
    is_closed: number | boolean;
    closed_at: string;
    closer: string | null;
    meeting_month: string;
    reopened_at: string | null;
    reopener: string | null;
    reopen_reason: string | null;
    version: number;
  }[] = await db('data_closures as c')
    .leftJoin('users as closer', 'closer.id', 'c.closed_by')
    .leftJoin('users as reopener', 'reopener.id', 'c.reopened_by')
    .select(
      'c.month',
      'c.is_closed',
      'c.closed_at',
      'closer.display_name as closer',
      'c.meeting_month',
      'c.reopened_at',
      'reopener.display_name as reopener',
      'c.reopen_reason',
      'c.version',
    )
    .orderBy('c.month');
  return rows.map((row) => ({
    month: row.month,
    isClosed: Boolean(row.is_closed),
    closedAt: row.closed_at,
    closedByName: row.closer,
    meetingMonth: row.meeting_month,
    reopenedAt: row.reopened_at,
    reopenedByName: row.reopener,
    reopenReason: row.reopen_reason,
    version: Number(row.version),
  }));
}

/** Closes months (again, if reopened before): the closing replaces the last one. */
export async function closeDataMonths(
  db: Db,
  input: { months: readonly string[]; userId: number; meetingMonth: string; at: string },
): Promise<void> {
  for (const month of input.months) {
    const closing = {
      is_closed: true,
      closed_at: input.at,
      closed_by: input.userId,
      meeting_month: input.meetingMonth,
    };
    const updated = await db('data_closures')
      .where({ month })
      .update({ ...closing, version: db.raw('version + 1') });
    if (updated === 0) await db('data_closures').insert({ month, ...closing, version: 1 });
  }
}

/** Reopens a closed month if it is still at `version`; false when someone changed it meanwhile. */
export async function reopenDataMonth(
  db: Db,
  input: { month: string; version: number; userId: number; reason: string; at: string },
): Promise<boolean> {
  const updated = await db('data_closures')
    .where({ month: input.month, version: input.version, is_closed: true })
    .update({
      is_closed: false,
      reopened_at: input.at,
      reopened_by: input.userId,
      reopen_reason: input.reason,
      version: input.version + 1,
    });
  return updated === 1;
}
