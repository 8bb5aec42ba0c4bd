/**
 * The monthly reunião de condução (PRODUCT.md §4.5). Its pack assembles itself from the data:
 * indicators off target or whose status changed since the last meeting, actions overdue or due in
 * 30 days, non-conformities and updates recorded since the last meeting, actions with no record
 * for the month, the pautas, and deliberations still open. Closing freezes all of it as a snapshot,
 * so the ata shows what was seen that day.
 */
import { type ActionStatus, isClosedStatus, owesMonthlyRecord } from '../../shared/domain/action-status.ts';
import { coordinationNames } from '../../shared/domain/coordination-names.ts';
import { closableMonths } from '../../shared/domain/data-closing.ts';
import { firstTuesday, monthOf, todayInMt } from '../../shared/domain/dates.ts';
import { type MeetingWork, meetingWindow, upcomingMeeting } from '../../shared/domain/meeting-window.ts';
import { shiftMonth } from '../../shared/domain/period.ts';
import {
  canFollowUpDeliberation,
  canRunMeeting,
  canSubmitAgendaItem,
} from '../../shared/domain/permissions.ts';
import type { Status } from '../../shared/domain/status.ts';
import { STATE_CODE } from '../../shared/domain/territory.ts';
import { formatDateTimeMt, formatIsoDate, formatPeriod } from '../../shared/format.ts';
import type {
  ZAgendaItemInputSchema,
  ZDeliberationFollowUpInputSchema,
  ZDeliberationInputSchema,
  ZScheduleMeetingInputSchema,
} from '../../shared/schemas/action-plan.ts';
import type { TIndicator } from '../../shared/schemas/indicator.ts';
import type { z } from '../../shared/schemas/zod-locale.ts';
import type { Db } from '../db/client.ts';
import { readTogether } from '../db/read-together.ts';
import { listActionsRecordedIn, listRecordsSince } from '../db/repositories/action-plan-repository.ts';
import { listCurrentAnalyses } from '../db/repositories/analysis-repository.ts';
import { closeDataMonths } from '../db/repositories/data-closure-repository.ts';
import { listIndicatorActions } from '../db/repositories/indicator-action-repository.ts';
import {
  type AgendaItemRow,
  findLastClosedMonth,
  findMeeting,
  findPreviousClosedMeeting,
  insertAgendaItem,
  insertDeliberation,
  insertDeliberationUpdate,
  insertMeetingIfMissing,
  listAgendaItems,
  listDeliberations,
  listDeliberationUpdates,
  listMeetings,
  type MeetingRow,
  updateMeeting,
} from '../db/repositories/meeting-repository.ts';
import { listCoordinations } from '../db/repositories/plan-repository.ts';
import { lockRow } from '../db/repositories/row-lock.ts';
import { AppError } from '../errors.ts';
import { actionSummary, loadActionViews } from './action-plan.ts';
import { auditChange } from './audit.ts';
import type { AuthenticatedUser } from './auth.ts';
import { checkStatuses } from './data-checks.ts';
import { loadClosedMonths } from './data-closing.ts';
import { readSnapshot, type ShownFigure, writeSnapshot } from './meeting-snapshot.ts';
import { assertKnownCoordinations } from './plan-catalogue.ts';
import { getStateScorecard } from './scorecard.ts';

export type DeliberationView = Awaited<ReturnType<typeof listDeliberationViews>>[number];

/** Every deliberation with its current follow-up status (latest update, else "não iniciado"). */
export async function listDeliberationViews(db: Db, now: Date) {
  const today = todayInMt(now);
  const [deliberations, updates] = await readTogether(db, [
    () => listDeliberations(db),
    () => listDeliberationUpdates(db),
  ]);
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
  kind: TIndicator['kind'];
  value: number | null;
  target: number | null;
  targetLabel: string | null;
  status: Status;
  previousStatus: Status | null;
  isPartial: boolean;
  partialThrough: string | null;
  isExample: boolean;
};

/**
 * The meeting of month M (first Tuesday) reviews the month before: monitoring records of M−1 and
 * the indicators of M−1's year (so January's meeting looks at the year just closed).
 */
async function assemblePack(db: Db, month: string, meeting: MeetingRow | null, now: Date) {
  const today = todayInMt(now);
  const reportMonth = shiftMonth(month, -1);
  const year = Number(reportMonth.slice(0, 4));
  const previous = await findPreviousClosedMeeting(db, month);
  const previousPack = previous ? readSnapshot<MeetingPack>(previous) : null;
  // A status "changed" only against the same year: a new year starts without data.
  const previousStatuses: Record<string, Status> =
    previousPack?.year === year ? (previousPack.indicatorStatuses ?? {}) : {};
  const since = previous?.closedAt ?? null;
  const [
    { views },
    scorecard,
    recordsSince,
    recordedInReportMonth,
    deliberations,
    analyses,
    actionLinks,
    coordinations,
  ] = await readTogether(db, [
    () => loadActionViews(db, now),
    () => getStateScorecard(db, year, now),
    () => listRecordsSince(db, since),
    () => listActionsRecordedIn(db, reportMonth),
    () => listDeliberationViews(db, now),
    () => listCurrentAnalyses(db, STATE_CODE, reportMonth),
    () => listIndicatorActions(db),
    () => listCoordinations(db),
  ]);
  const live = new Map(views.map((view) => [view.code, view]));
  const indicatorRows: IndicatorItem[] = scorecard.groups.flatMap((group) =>
    group.rows.map((row) => ({
      code: row.code,
      shortName: row.shortName,
      unit: row.unit,
      kind: row.kind,
      value: row.figure.value,
      target: row.figure.target,
      targetLabel: row.figure.targetLabel,
      status: row.figure.status,
      previousStatus: previousStatuses[row.code] ?? null,
      isPartial: row.figure.isPartial,
      partialThrough: row.figure.partialThrough,
      isExample: row.figure.isExample,
    })),
  );
  const offTarget = (status: Status) => status === 'not_achieved' || status === 'at_risk';
  const checks = await checkStatuses(db, reportMonth, indicatorRows);
  return {
    month,
    reportMonth,
    year,
    assembledAt: now.toISOString(),
    today,
    previousMeeting: previous && { month: previous.month, closedAt: previous.closedAt },
    // The coordenadorias by name, as they were named that day (frozen with the ata).
    coordinationNames: coordinationNames(coordinations),
    indicatorStatuses: Object.fromEntries(indicatorRows.map((row) => [row.code, row.status])) as Record<
      string,
      Status
    >,
    // Every value shown and the months it covered, so a later revision can be flagged (provenance).
    shownFigures: Object.fromEntries(
      indicatorRows.map((row) => [row.code, { value: row.value, partialThrough: row.partialThrough }]),
    ) as Record<string, ShownFigure>,
    // Each with the coordenadoria's analysis of the reviewed month, where written.
    indicators: indicatorRows
      .filter(
        (row) => offTarget(row.status) || (row.previousStatus !== null && row.previousStatus !== row.status),
      )
      .map((row) => {
        // The actions that serve it, with their situation: "sem ação em andamento" is flagged on the pack.
        const linkedActions = (actionLinks.get(row.code) ?? []).flatMap((code) => {
          const view = live.get(code);
          return view ? [{ code, status: view.status }] : [];
        });
        return { ...row, analysis: analyses.get(row.code) ?? null, linkedActions };
      }),
    // Off target or at risk, and no analysis for the reviewed month yet: owed before the meeting.
    missingAnalyses: indicatorRows
      .filter((row) => offTarget(row.status) && !analyses.has(row.code))
      .map((row) => ({ code: row.code, shortName: row.shortName })),
    // The coordenadorias' check of the reviewed month: what is not "conferido" yet, or changed since.
    unchecked: indicatorRows.flatMap((row) => {
      const check = checks.get(row.code);
      return check && check.state !== 'checked'
        ? [
            {
              code: row.code,
              shortName: row.shortName,
              state: check.state,
              checkedByName: check.checkedByName,
            },
          ]
        : [];
    }),
    overdue: views.filter((view) => view.overdue).map(actionSummary),
    dueSoon: views.filter((view) => view.dueSoon).map(actionSummary),
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
      .filter((view) => !recordedInReportMonth.has(view.code) && owesMonthlyRecord(view, reportMonth))
      .map(actionSummary),
    agendaItems: meeting ? await listAgendaItems(db, meeting.id) : ([] as AgendaItemRow[]),
    deliberations: deliberations.filter((deliberation) => meeting && deliberation.meetingId === meeting.id),
    openDeliberations: deliberations.filter(
      (deliberation) => deliberation.isOpen && deliberation.meetingMonth < month,
    ),
  };
}

type FrozenHeader = { scheduledOn: string; participants: string | null; closedByName: string };

/** Once closed, the snapshot also keeps who closed it and the header as it was that day. */
export type MeetingPack = Awaited<ReturnType<typeof assemblePack>> & { frozenHeader?: FrozenHeader };

function meetingHeader(month: string, meeting: MeetingRow | null, frozen?: FrozenHeader) {
  return {
    month,
    scheduledOn: frozen?.scheduledOn ?? meeting?.scheduledOn ?? firstTuesday(month),
    participants: frozen ? frozen.participants : (meeting?.participants ?? null),
    closedAt: meeting?.closedAt ?? null,
    closedByName: frozen?.closedByName ?? meeting?.closedByName ?? null,
    version: meeting?.version ?? null,
    isSaved: meeting !== null,
    isExample: meeting?.isExample ?? false,
  };
}

/**
 * The meeting of `month` as everyone reads it: the frozen snapshot once closed, else the pack
 * assembled now, and what may still be done in it (null once closed: nothing).
 */
export async function readMeeting(db: Db, month: string, now: Date) {
  const meeting = await findMeeting(db, month);
  const pack: MeetingPack =
    (meeting && readSnapshot<MeetingPack>(meeting)) ?? (await assemblePack(db, month, meeting, now));
  const isFrozen = meeting?.closedAt != null;
  return {
    meeting: meetingHeader(month, meeting, pack.frozenHeader),
    pack,
    isFrozen,
    window: isFrozen ? null : await windowOf(db, month, now),
  };
}

/** The meeting page: the meeting as everyone reads it, and what this reader may do there. */
export async function getMeeting(db: Db, user: AuthenticatedUser, month: string, now: Date) {
  const { meeting, pack, isFrozen, window } = await readMeeting(db, month, now);
  return {
    meeting,
    pack,
    isFrozen,
    window,
    canRun: canRunMeeting(user),
    coordinations: await listCoordinations(db),
    /** The months of data the closing form offers to close (the reviewed month and any left open). */
    closableMonths: isFrozen
      ? []
      : closableMonths(shiftMonth(month, -1), new Set((await loadClosedMonths(db)).keys())),
  };
}

/** The meeting being prepared and the month it reviews (see upcomingMeeting). */
export async function getUpcomingMeeting(db: Db, now: Date) {
  return upcomingMeeting(monthOf(todayInMt(now)), await findLastClosedMonth(db));
}

/** Past meetings and the next one (this month's until it is closed, then next month's). */
export async function listMeetingSummaries(db: Db, now: Date) {
  const meetings = await listMeetings(db);
  const upcomingMonth = (await getUpcomingMeeting(db, now)).month;
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

/**
 * The month's meeting row, created on first use on the default date (first Tuesday) and locked
 * until the transaction ends, so nothing is added while it is being closed. `work` must be allowed
 * in that month (shared/domain/meeting-window.ts: the page offers the same).
 */
async function ensureOpenMeeting(db: Db, month: string, now: Date, work: MeetingWork): Promise<MeetingRow> {
  const refusal = (await windowOf(db, month, now)).refusals[work];
  if (refusal) throw new AppError('UNPROCESSABLE', refusal);
  await insertMeetingIfMissing(db, { month, scheduledOn: firstTuesday(month) });
  await lockRow(db, 'meetings', { month });
  const meeting = (await findMeeting(db, month)) as MeetingRow;
  if (meeting.closedAt) throw closedMessage(month);
  return meeting;
}

async function windowOf(db: Db, month: string, now: Date) {
  return meetingWindow(month, {
    thisMonth: monthOf(todayInMt(now)),
    lastClosed: await findLastClosedMonth(db),
  });
}

/**
 * A new pauta or deliberation changes the meeting's version: whoever closes from a page that has
 * not seen it is asked to reload, so nothing is frozen unseen.
 */
async function touchMeeting(db: Db, meeting: MeetingRow): Promise<void> {
  await updateMeeting(db, meeting.id, meeting.version, {});
}

function assertRunsMeeting(user: AuthenticatedUser) {
  if (!canRunMeeting(user))
    throw new AppError('FORBIDDEN', 'Só a superintendência conduz a reunião de condução.');
}

const meetingChanged = () =>
  new AppError(
    'CONFLICT',
    'A reunião mudou depois que você abriu a página (data, participantes, pautas ou deliberações). Recarregue, confira e refaça a alteração.',
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
    const meeting = await ensureOpenMeeting(trx, input.month, now, 'schedule');
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
    const meeting = await ensureOpenMeeting(trx, input.month, now, 'propose');
    const id = await insertAgendaItem(trx, {
      meetingId: meeting.id,
      coordinationCode: input.coordinationCode,
      title: input.title,
      description: input.description,
      submittedAt: now.toISOString(),
      submittedBy: user.id,
      isExample: false,
    });
    await touchMeeting(trx, meeting);
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
    const meeting = await ensureOpenMeeting(trx, input.month, now, 'deliberate');
    if (input.deadline !== null && input.deadline < meeting.scheduledOn)
      throw new AppError('BAD_REQUEST', 'O prazo da deliberação não pode ser anterior à data da reunião.');
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
    await touchMeeting(trx, meeting);
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
    // Two follow-ups at once must see each other: the second waits here, then meets the first.
    await lockRow(trx, 'deliberations', { id: input.id });
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
  input: { month: string; version: number | null; closeMonths: readonly string[] },
  now: Date,
) {
  assertRunsMeeting(user);
  return db.transaction(async (trx) => {
    // Only months the meeting reviewed (its month before, and earlier ones of that year left open).
    const offered = closableMonths(
      shiftMonth(input.month, -1),
      new Set((await loadClosedMonths(trx)).keys()),
    );
    const notOffered = input.closeMonths.filter((month) => !offered.includes(month));
    if (notOffered.length > 0)
      throw new AppError(
        'UNPROCESSABLE',
        `A reunião de ${formatPeriod(input.month)} fecha só os meses que revisou: ${notOffered.map(formatPeriod).join(', ')} não ${notOffered.length === 1 ? 'pode' : 'podem'} ser fechado${notOffered.length === 1 ? '' : 's'} por ela.`,
      );
    if ((await findMeeting(trx, input.month)) && input.version === null) throw meetingChanged();
    const meeting = await ensureOpenMeeting(trx, input.month, now, 'close');
    if (todayInMt(now) < meeting.scheduledOn)
      throw new AppError(
        'UNPROCESSABLE',
        `A reunião está marcada para ${formatIsoDate(meeting.scheduledOn)}: só pode ser encerrada a partir desse dia.`,
      );
    const closedAt = now.toISOString();
    const pack: MeetingPack = {
      ...(await assemblePack(trx, input.month, meeting, now)),
      frozenHeader: {
        scheduledOn: meeting.scheduledOn,
        participants: meeting.participants,
        closedByName: user.displayName,
      },
    };
    if (
      !(await updateMeeting(trx, meeting.id, input.version ?? meeting.version, {
        closedAt,
        closedBy: user.id,
        snapshotJson: writeSnapshot(pack),
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
        mesesFechados: input.closeMonths,
      },
    });
    if (input.closeMonths.length > 0) {
      await closeDataMonths(trx, {
        months: input.closeMonths,
        userId: user.id,
        meetingMonth: input.month,
        at: closedAt,
      });
      for (const month of input.closeMonths)
        await auditChange(trx, user, now, {
          action: 'mês fechado',
          entity: 'mes',
          key: month,
          after: { fechado: true, reuniao: input.month },
        });
    }
  });
}
