/** Reuniões de condução, their pautas, deliberations and the deliberations' follow-up (SQL only). */
import type { ActionStatus } from '../../../shared/domain/action-status.ts';
import type { Db } from '../client.ts';
import { insertedId } from './inserted-id.ts';

export type MeetingRow = {
  id: number;
  month: string;
  scheduledOn: string;
  participants: string | null;
  closedAt: string | null;
  closedByName: string | null;
  snapshotJson: string | null;
  version: number;
  isExample: boolean;
};

export type AgendaItemRow = {
  id: number;
  meetingId: number;
  coordinationCode: string;
  title: string;
  description: string | null;
  submittedAt: string;
  submittedByName: string;
  isExample: boolean;
};

export type DeliberationRow = {
  id: number;
  meetingId: number;
  meetingMonth: string;
  text: string;
  ownerCoordinationCode: string | null;
  ownerText: string | null;
  deadline: string | null;
  createdAt: string;
  createdByName: string;
  isExample: boolean;
};

export type DeliberationUpdateRow = {
  id: number;
  deliberationId: number;
  status: ActionStatus;
  note: string | null;
  recordedAt: string;
  recordedByName: string;
  isExample: boolean;
};

type DbMeeting = {
  id: number;
  month: string;
  scheduled_on: string;
  participants: string | null;
  closed_at: string | null;
  display_name: string | null;
  snapshot_json: string | null;
  version: number;
  is_example: number | boolean;
};

const toMeeting = (row: DbMeeting): MeetingRow => ({
  id: row.id,
  month: row.month,
  scheduledOn: row.scheduled_on,
  participants: row.participants,
  closedAt: row.closed_at,
  closedByName: row.display_name,
  snapshotJson: row.snapshot_json,
  version: row.version,
  isExample: Boolean(row.is_example),
});

const meetingsQuery = (db: Db) =>
  db('meetings as m').leftJoin('users as u', 'u.id', 'm.closed_by').select('m.*', 'u.display_name');

export async function listMeetings(db: Db): Promise<MeetingRow[]> {
  const rows: DbMeeting[] = await meetingsQuery(db).orderBy('m.month', 'desc');
  return rows.map(toMeeting);
}

export async function findMeeting(db: Db, month: string): Promise<MeetingRow | null> {
  const row: DbMeeting | undefined = await meetingsQuery(db).where('m.month', month).first();
  return row ? toMeeting(row) : null;
}

/** The last meeting held (closed) before `month`: "since the last meeting" starts at its close. */
export async function findPreviousClosedMeeting(db: Db, month: string): Promise<MeetingRow | null> {
  const row: DbMeeting | undefined = await meetingsQuery(db)
    .where('m.month', '<', month)
    .whereNotNull('m.closed_at')
    .orderBy('m.month', 'desc')
    .first();
  return row ? toMeeting(row) : null;
}

/** The month of the most recent closed meeting, if any. */
export async function findLastClosedMonth(db: Db): Promise<string | null> {
  const row = (await db('meetings').whereNotNull('closed_at').max('month as month').first()) as
    | { month: string | null }
    | undefined;
  return row?.month ?? null;
}

/**
 * The month's meeting on its default date, unless it exists: one statement, so two first uses at
 * the same time (on PostgreSQL, where they can run together) make one row, not an error.
 */
export async function insertMeetingIfMissing(
  db: Db,
  meeting: { month: string; scheduledOn: string },
): Promise<void> {
  await db('meetings')
    .insert({
      month: meeting.month,
      scheduled_on: meeting.scheduledOn,
      participants: null,
      is_example: false,
      version: 1,
    })
    .onConflict('month')
    .ignore();
}

export async function insertMeeting(
  db: Db,
  meeting: { month: string; scheduledOn: string; participants: string | null; isExample: boolean },
): Promise<number> {
  const [inserted] = await db('meetings')
    .insert({
      month: meeting.month,
      scheduled_on: meeting.scheduledOn,
      participants: meeting.participants,
      is_example: meeting.isExample,
      version: 1,
    })
    .returning('id');
  return insertedId(inserted);
}

/** Optimistic lock, as everywhere: false when somebody changed the meeting in between. */
export async function updateMeeting(
  db: Db,
  id: number,
  version: number,
  changes: Partial<{
    scheduledOn: string;
    participants: string | null;
    closedAt: string;
    closedBy: number;
    snapshotJson: string;
  }>,
): Promise<boolean> {
  const columns: Record<string, unknown> = {};
  if (changes.scheduledOn !== undefined) columns.scheduled_on = changes.scheduledOn;
  if (changes.participants !== undefined) columns.participants = changes.participants;
  if (changes.closedAt !== undefined) columns.closed_at = changes.closedAt;
  if (changes.closedBy !== undefined) columns.closed_by = changes.closedBy;
  if (changes.snapshotJson !== undefined) columns.snapshot_json = changes.snapshotJson;
  const count = await db('meetings')
    .where({ id, version })
    .update({ ...columns, version: version + 1 });
  return count === 1;
}

export async function insertAgendaItem(
  db: Db,
  item: Omit<AgendaItemRow, 'id' | 'submittedByName'> & { submittedBy: number },
): Promise<number> {
  const [inserted] = await db('agenda_items')
    .insert({
      meeting_id: item.meetingId,
      coordination_code: item.coordinationCode,
      title: item.title,
      description: item.description,
      submitted_at: item.submittedAt,
      submitted_by: item.submittedBy,
      is_example: item.isExample,
    })
    .returning('id');
  return insertedId(inserted);
}

export async function listAgendaItems(db: Db, meetingId: number): Promise<AgendaItemRow[]> {
  const rows: {
    id: number;
    meeting_id: number;
    coordination_code: string;
    title: string;
    description: string | null;
    submitted_at: string;
    display_name: string;
    is_example: number | boolean;
  }[] = await db('agenda_items as a')
    .join('users as u', 'u.id', 'a.submitted_by')
    .select('a.*', 'u.display_name')
    .where('a.meeting_id', meetingId)
    .orderBy('a.id');
  return rows.map((row) => ({
    id: row.id,
    meetingId: row.meeting_id,
    coordinationCode: row.coordination_code,
    title: row.title,
    description: row.description,
    submittedAt: row.submitted_at,
    submittedByName: row.display_name,
    isExample: Boolean(row.is_example),
  }));
}

export async function insertDeliberation(
  db: Db,
  deliberation: Omit<DeliberationRow, 'id' | 'createdByName' | 'meetingMonth'> & { createdBy: number },
): Promise<number> {
  const [inserted] = await db('deliberations')
    .insert({
      meeting_id: deliberation.meetingId,
      text: deliberation.text,
      owner_coordination_code: deliberation.ownerCoordinationCode,
      owner_text: deliberation.ownerText,
      deadline: deliberation.deadline,
      created_at: deliberation.createdAt,
      created_by: deliberation.createdBy,
      is_example: deliberation.isExample,
    })
    .returning('id');
  return insertedId(inserted);
}

/** Every deliberation (all meetings), oldest first; the service adds their current status. */
export async function listDeliberations(db: Db): Promise<DeliberationRow[]> {
  const rows: {
    id: number;
    meeting_id: number;
    month: string;
    text: string;
    owner_coordination_code: string | null;
    owner_text: string | null;
    deadline: string | null;
    created_at: string;
    display_name: string;
    is_example: number | boolean;
  }[] = await db('deliberations as d')
    .join('meetings as m', 'm.id', 'd.meeting_id')
    .join('users as u', 'u.id', 'd.created_by')
    .select('d.*', 'm.month', 'u.display_name')
    .orderBy('d.id');
  return rows.map((row) => ({
    id: row.id,
    meetingId: row.meeting_id,
    meetingMonth: row.month,
    text: row.text,
    ownerCoordinationCode: row.owner_coordination_code,
    ownerText: row.owner_text,
    deadline: row.deadline,
    createdAt: row.created_at,
    createdByName: row.display_name,
    isExample: Boolean(row.is_example),
  }));
}

export async function insertDeliberationUpdate(
  db: Db,
  update: Omit<DeliberationUpdateRow, 'id' | 'recordedByName'> & { recordedBy: number },
): Promise<number> {
  const [inserted] = await db('deliberation_updates')
    .insert({
      deliberation_id: update.deliberationId,
      status: update.status,
      note: update.note,
      recorded_at: update.recordedAt,
      recorded_by: update.recordedBy,
      is_example: update.isExample,
    })
    .returning('id');
  return insertedId(inserted);
}

/** Every follow-up, newest first. */
export async function listDeliberationUpdates(db: Db): Promise<DeliberationUpdateRow[]> {
  const rows: {
    id: number;
    deliberation_id: number;
    status: ActionStatus;
    note: string | null;
    recorded_at: string;
    display_name: string;
    is_example: number | boolean;
  }[] = await db('deliberation_updates as d')
    .join('users as u', 'u.id', 'd.recorded_by')
    .select('d.*', 'u.display_name')
    .orderBy('d.id', 'desc');
  return rows.map((row) => ({
    id: row.id,
    deliberationId: row.deliberation_id,
    status: row.status,
    note: row.note,
    recordedAt: row.recorded_at,
    recordedByName: row.display_name,
    isExample: Boolean(row.is_example),
  }));
}
