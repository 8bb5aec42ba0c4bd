/**
 * The monthly reunião de condução (PRODUCT.md §4.5). Its pack assembles itself from the data:
 * indicators off target or whose status changed since the last meeting, actions overdue or due in
 * 30 days, non-conformities and updates recorded since the last meeting, actions with no record
 * for the month, the pautas, and deliberations still open. Closing freezes all of it as a snapshot,
 * so the ata shows what was seen that day.
 */
import {
  type ActionStatus,
  firstTuesday,
  isClosedStatus,
  monthOf,
  owesMonthlyRecord,
  todayInMt,
} from '../../shared/domain/action-status.ts';
import {
  canFollowUpDeliberation,
  canRunMeeting,
  canSubmitAgendaItem,
} from '../../shared/domain/permissions.ts';
import type { Status } from '../../shared/domain/status.ts';
import { formatDateTimeMt, formatPeriod } from '../../shared/format.ts';
import type {
  ZAgendaItemInputSchema,
  ZDeliberationFollowUpInputSchema,
  ZDeliberationInputSchema,
  ZScheduleMeetingInputSchema,
} from '../../shared/schemas/action-plan.ts';
import type { z } from '../../shared/schemas/zod-locale.ts';
import type { Db } from '../db/client.ts';
import { listActionsRecordedIn, listRecordsBetween } from '../db/repositories/action-plan-repository.ts';
import {
  type AgendaItemRow,
  findMeeting,
  findPreviousClosedMeeting,
  insertAgendaItem,
  insertDeliberation,
  insertDeliberationUpdate,
  insertMeeting,
  listAgendaItems,
  listDeliberations,
  listDeliberationUpdates,
  listMeetings,
  type MeetingRow,
  updateMeeting,
} from '../db/repositories/meeting-repository.ts';
import { listCoordinations } from '../db/repositories/plan-repository.ts';
import { AppError } from '../errors.ts';
import { type ActionView, loadActionViews } from './action-plan.ts';
import { auditChange } from './audit.ts';
import type { AuthenticatedUser } from './auth.ts';
import { assertKnownCoordinations } from './plan-catalogue.ts';
import { getStateScorecard } from './scorecard.ts';

/** What the pack shows of an action. */
function summary(view: ActionView) {
  return {
    code: view.code,
    text: view.text,
    coordinationCodes: view.coordinationCodes,
    responsibleText: view.responsibleText,
    deadlineText: view.deadlineText,
    endsOn: view.endsOn,
    status: view.status,
    lastRecordMonth: view.lastRecord?.referenceMonth ?? null,
  };
}

export type DeliberationView = Awaited<ReturnType<typeof listDeliberationViews>>[number];

/** Every deliberation with its current follow-up status (latest update, else "não iniciado"). */
export async function listDeliberationViews(db: Db, now: Date) {
  const today = todayInMt(now);
  const [deliberations, updates] = await Promise.all([listDeliberations(db), listDeliberationUpdates(db)]);
  return deliberations.map((deliberation) => {
    const history = updates.filter((update) => update.deliberationId === deliberation.id);
    const status: ActionStatus = history[0]?.status ?? 'not_started';
    return {
      ...deliberation,
      status,
      isOpen: status !== 'done' && status !== 'cancelled',
      overdue: deliberation.deadline !== null && deliberation.deadline < today && !isClosedStatus(status),
      lastUpdateId: history[0]?.id ?? null,
      history,
    };
  });
}

type IndicatorItem = {
  code: string;
  shortName: string;
  unit: string;
  value: number | null;
  target: number | null;
  status: Status;
  previousStatus: Status | null;
  isPartial: boolean;
  partialThrough: string | null;
  isExample: boolean;
};

async function assemblePack(db: Db, month: string, meeting: MeetingRow | null, now: Date) {
  const today = todayInMt(now);
  const year = Number(month.slice(0, 4));
  const previous = await findPreviousClosedMeeting(db, month);
  const previousStatuses: Record<string, Status> = previous?.snapshotJson
    ? (JSON.parse(previous.snapshotJson) as { indicatorStatuses: Record<string, Status> }).indicatorStatuses
    : {};
  const since = previous?.closedAt ?? null;
  const [{ views }, scorecard, recordsSince, recordedThisMonth, deliberations] = await Promise.all([
    loadActionViews(db, now),
    getStateScorecard(db, year),
    listRecordsBetween(db, since, null),
    listActionsRecordedIn(db, month),
    listDeliberationViews(db, now),
  ]);
  const live = new Map(views.map((view) => [view.code, view]));
  const indicatorRows: IndicatorItem[] = scorecard.groups.flatMap((group) =>
    group.rows.map((row) => ({
      code: row.code,
      shortName: row.shortName,
      unit: row.unit,
      value: row.figure.value,
      target: row.figure.target,
      status: row.figure.status,
      previousStatus: previousStatuses[row.code] ?? null,
      isPartial: row.figure.isPartial,
      partialThrough: row.figure.partialThrough,
      isExample: row.figure.isExample,
    })),
  );
  const offTarget = (status: Status) => status === 'not_achieved' || status === 'at_risk';
  return {
    month,
    year,
    assembledAt: now.toISOString(),
    today,
    previousMeeting: previous && { month: previous.month, closedAt: previous.closedAt },
    indicatorStatuses: Object.fromEntries(indicatorRows.map((row) => [row.code, row.status])),
    indicators: indicatorRows.filter(
      (row) => offTarget(row.status) || (row.previousStatus !== null && row.previousStatus !== row.status),
    ),
    overdue: views.filter((view) => view.overdue).map(summary),
    dueSoon: views.filter((view) => view.dueSoon).map(summary),
    nonConformities: recordsSince
      .filter((record) => record.nonConformity !== null)
      .map((record) => ({
        recordId: record.id,
        actionCode: record.actionCode,
        actionText: live.get(record.actionCode)?.text ?? '',
        referenceMonth: record.referenceMonth,
        recordedAt: record.recordedAt,
        recordedByName: record.recordedByName,
        isExample: record.isExample,
        ...(record.nonConformity as NonNullable<typeof record.nonConformity>),
      })),
    updated: recordsSince.map((record) => ({
      recordId: record.id,
      actionCode: record.actionCode,
      actionText: live.get(record.actionCode)?.text ?? '',
      referenceMonth: record.referenceMonth,
      status: record.status,
      percentDone: record.percentDone,
      doneText: record.doneText,
      difficulties: record.difficulties,
      hasNonConformity: record.nonConformity !== null,
      recordedAt: record.recordedAt,
      recordedByName: record.recordedByName,
      isExample: record.isExample,
    })),
    missingRecord: views
      .filter((view) => !recordedThisMonth.has(view.code) && owesMonthlyRecord(view, month))
      .map(summary),
    agendaItems: meeting ? await listAgendaItems(db, meeting.id) : ([] as AgendaItemRow[]),
    deliberations: deliberations.filter((deliberation) => meeting && deliberation.meetingId === meeting.id),
    openDeliberations: deliberations.filter(
      (deliberation) => deliberation.isOpen && deliberation.meetingMonth < month,
    ),
  };
}

export type MeetingPack = Awaited<ReturnType<typeof assemblePack>>;

function meetingHeader(month: string, meeting: MeetingRow | null) {
  return {
    month,
    scheduledOn: meeting?.scheduledOn ?? firstTuesday(month),
    participants: meeting?.participants ?? null,
    closedAt: meeting?.closedAt ?? null,
    closedByName: meeting?.closedByName ?? null,
    version: meeting?.version ?? null,
    isSaved: meeting !== null,
    isExample: meeting?.isExample ?? false,
  };
}

/** The meeting page: the frozen snapshot once closed, else the pack assembled now. */
export async function getMeeting(db: Db, user: AuthenticatedUser, month: string, now: Date) {
  const meeting = await findMeeting(db, month);
  const pack: MeetingPack =
    meeting?.snapshotJson != null
      ? (JSON.parse(meeting.snapshotJson) as MeetingPack)
      : await assemblePack(db, month, meeting, now);
  return {
    meeting: meetingHeader(month, meeting),
    pack,
    isFrozen: meeting?.closedAt != null,
    canRun: canRunMeeting(user),
    coordinations: await listCoordinations(db),
  };
}

/** Past meetings and the next one (this month's until it is closed, then next month's). */
export async function listMeetingSummaries(db: Db, now: Date) {
  const meetings = await listMeetings(db);
  const thisMonth = monthOf(todayInMt(now));
  const current = meetings.find((meeting) => meeting.month === thisMonth);
  const [year, month] = thisMonth.split('-').map(Number) as [number, number];
  const nextMonth = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
  const upcomingMonth = current?.closedAt ? nextMonth : thisMonth;
  const deliberations = await listDeliberationViews(db, now);
  return {
    upcoming: meetingHeader(
      upcomingMonth,
      meetings.find((meeting) => meeting.month === upcomingMonth) ?? null,
    ),
    meetings: meetings.map((meeting) => ({
      ...meetingHeader(meeting.month, meeting),
      deliberations: deliberations.filter((deliberation) => deliberation.meetingId === meeting.id).length,
    })),
    openDeliberations: deliberations.filter((deliberation) => deliberation.isOpen).length,
  };
}

const closedMessage = (month: string) =>
  new AppError('UNPROCESSABLE', `A reunião de ${formatPeriod(month)} já foi encerrada: a ata não muda mais.`);

/** The month's meeting row, created on first use on the default date (first Tuesday). */
async function ensureOpenMeeting(db: Db, month: string): Promise<MeetingRow> {
  const existing = await findMeeting(db, month);
  if (existing?.closedAt) throw closedMessage(month);
  if (existing) return existing;
  await insertMeeting(db, { month, scheduledOn: firstTuesday(month), participants: null, isExample: false });
  return (await findMeeting(db, month)) as MeetingRow;
}

function assertRunsMeeting(user: AuthenticatedUser) {
  if (!canRunMeeting(user))
    throw new AppError('FORBIDDEN', 'Só a superintendência conduz a reunião de condução.');
}

const meetingChanged = () =>
  new AppError(
    'CONFLICT',
    'A reunião foi alterada por outra pessoa depois que você abriu a página. Recarregue e refaça a alteração.',
  );

export async function scheduleMeeting(
  db: Db,
  user: AuthenticatedUser,
  input: z.infer<typeof ZScheduleMeetingInputSchema>,
  now: Date,
) {
  assertRunsMeeting(user);
  if (monthOf(input.scheduledOn) !== input.month)
    throw new AppError('BAD_REQUEST', `A data da reunião deve cair em ${formatPeriod(input.month)}.`);
  return db.transaction(async (trx) => {
    const existing = await findMeeting(trx, input.month);
    if (existing && input.version === null) throw meetingChanged();
    const meeting = await ensureOpenMeeting(trx, input.month);
    if (
      !(await updateMeeting(trx, meeting.id, input.version ?? meeting.version, {
        scheduledOn: input.scheduledOn,
        participants: input.participants,
      }))
    )
      throw meetingChanged();
    await auditChange(trx, user, now, {
      action: 'reunião agendada',
      entity: 'reuniao',
      key: input.month,
      after: {
        data: input.scheduledOn,
        participantes: input.participants,
      },
    });
  });
}

export async function submitAgendaItem(
  db: Db,
  user: AuthenticatedUser,
  input: z.infer<typeof ZAgendaItemInputSchema>,
  now: Date,
) {
  await assertKnownCoordinations(db, [input.coordinationCode]);
  if (!canSubmitAgendaItem(user, input.coordinationCode))
    throw new AppError('FORBIDDEN', `Você não pode propor pauta em nome de ${input.coordinationCode}.`);
  return db.transaction(async (trx) => {
    const meeting = await ensureOpenMeeting(trx, input.month);
    const id = await insertAgendaItem(trx, {
      meetingId: meeting.id,
      coordinationCode: input.coordinationCode,
      title: input.title,
      description: input.description,
      submittedAt: now.toISOString(),
      submittedBy: user.id,
      isExample: false,
    });
    await auditChange(trx, user, now, {
      action: 'pauta proposta',
      entity: 'reuniao',
      key: input.month,
      after: { id, ...input },
    });
    return { id };
  });
}

export async function addDeliberation(
  db: Db,
  user: AuthenticatedUser,
  input: z.infer<typeof ZDeliberationInputSchema>,
  now: Date,
) {
  assertRunsMeeting(user);
  if (input.ownerCoordinationCode === null && input.ownerText === null)
    throw new AppError('BAD_REQUEST', 'Informe o responsável pela deliberação (coordenadoria ou nome).');
  if (input.ownerCoordinationCode !== null) await assertKnownCoordinations(db, [input.ownerCoordinationCode]);
  return db.transaction(async (trx) => {
    const meeting = await ensureOpenMeeting(trx, input.month);
    const id = await insertDeliberation(trx, {
      meetingId: meeting.id,
      text: input.text,
      ownerCoordinationCode: input.ownerCoordinationCode,
      ownerText: input.ownerText,
      deadline: input.deadline,
      createdAt: now.toISOString(),
      createdBy: user.id,
      isExample: false,
    });
    await auditChange(trx, user, now, {
      action: 'deliberação registrada',
      entity: 'deliberacao',
      key: String(id),
      after: {
        reuniao: input.month,
        ...input,
      },
    });
    return { id };
  });
}

export async function followUpDeliberation(
  db: Db,
  user: AuthenticatedUser,
  input: z.infer<typeof ZDeliberationFollowUpInputSchema>,
  now: Date,
) {
  return db.transaction(async (trx) => {
    const deliberation = (await listDeliberationViews(trx, now)).find(
      (candidate) => candidate.id === input.id,
    );
    if (!deliberation) throw new AppError('NOT_FOUND', `Deliberação ${input.id} não encontrada.`);
    if (!canFollowUpDeliberation(user, deliberation))
      throw new AppError(
        'FORBIDDEN',
        'Só a coordenadoria responsável ou a superintendência atualiza esta deliberação.',
      );
    const latest = deliberation.history[0];
    if (latest && latest.id !== input.basedOnUpdateId)
      throw new AppError(
        'CONFLICT',
        `${latest.recordedByName} atualizou esta deliberação em ${formatDateTimeMt(latest.recordedAt)}, depois que você abriu a página. Confira e salve de novo.`,
      );
    const id = await insertDeliberationUpdate(trx, {
      deliberationId: deliberation.id,
      status: input.status,
      note: input.note,
      recordedAt: now.toISOString(),
      recordedBy: user.id,
      isExample: false,
    });
    await auditChange(trx, user, now, {
      action: 'deliberação atualizada',
      entity: 'deliberacao',
      key: String(deliberation.id),
      after: {
        status: input.status,
        nota: input.note,
      },
    });
    return { id };
  });
}

/** Closing freezes the pack (with its pautas and deliberations) as the meeting's snapshot. */
export async function closeMeeting(
  db: Db,
  user: AuthenticatedUser,
  input: { month: string; version: number | null },
  now: Date,
) {
  assertRunsMeeting(user);
  return db.transaction(async (trx) => {
    if ((await findMeeting(trx, input.month)) && input.version === null) throw meetingChanged();
    const meeting = await ensureOpenMeeting(trx, input.month);
    const pack = await assemblePack(trx, input.month, meeting, now);
    const closedAt = now.toISOString();
    if (
      !(await updateMeeting(trx, meeting.id, input.version ?? meeting.version, {
        closedAt,
        closedBy: user.id,
        snapshotJson: JSON.stringify(pack),
      }))
    )
      throw meetingChanged();
    await auditChange(trx, user, now, {
      action: 'reunião encerrada',
      entity: 'reuniao',
      key: input.month,
      after: {
        encerradaEm: closedAt,
        deliberacoes: pack.deliberations.length,
        pautas: pack.agendaItems.length,
      },
    });
  });
}
