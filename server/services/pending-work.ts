/**
 * Pendências (issue 17): what each person owes before the next reunião de condução, computed from
 * the data — never stored, so an item disappears the moment the work is done. The meeting's own
 * pack decides what is owed (the rules live there: records of the reviewed month, analyses of the
 * off-target indicators, months not yet conferidos); this module only says whose it is. Plus what
 * the pack does not list: deliberations due within 7 days or overdue, corrective measures past their
 * new deadline, and the pautas a coordenadoria may still propose.
 */
import { addDays, todayInMt } from '../../shared/domain/dates.ts';
import { emptyPendingCounts, type PendingItem, pendingOwners } from '../../shared/domain/pending-work.ts';
import type { Db } from '../db/client.ts';
import { readTogether } from '../db/read-together.ts';
import { listRecordsSince } from '../db/repositories/action-plan-repository.ts';
import { listCoordinations, listIndicators } from '../db/repositories/plan-repository.ts';
import { loadActionViews } from './action-plan.ts';
import type { AuthenticatedUser } from './auth.ts';
import { cachedFigures } from './figure-cache.ts';
import { getUpcomingMeeting, listDeliberationViews, readMeeting } from './meetings.ts';

/** A deliberation is owed from a week before its deadline. */
const DELIBERATION_NOTICE_DAYS = 7;

/**
 * Every pendência of every coordenadoria before the meeting being prepared: the same for every
 * reader (nothing here depends on who asks), so it is computed once per change of the data and day
 * (figure-cache), for the header's count on every page and for a pass of reminders alike.
 */
export function allPendingItems(db: Db, now: Date) {
  return cachedFigures(db, now, 'pendencias', () => computePendingItems(db, now));
}

async function computePendingItems(db: Db, now: Date) {
  const today = todayInMt(now);
  const upcoming = await getUpcomingMeeting(db, now);
  const [meeting, indicators, deliberations, { views }, records, coordinations] = await readTogether(db, [
    () => readMeeting(db, upcoming.month, now),
    () => listIndicators(db),
    () => listDeliberationViews(db, now),
    () => loadActionViews(db, now),
    () => listRecordsSince(db, null),
    () => listCoordinations(db),
  ]);
  const { pack } = meeting;
  const ownerOf = new Map(indicators.map((indicator) => [indicator.code, indicator.coordinationCode]));
  const items: PendingItem[] = [];

  for (const action of pack.missingRecord)
    for (const coordinationCode of action.coordinationCodes)
      items.push({
        kind: 'record',
        coordinationCode,
        subject: action.code,
        text: action.text,
        month: pack.reportMonth,
        dueOn: meeting.meeting.scheduledOn,
        isOverdue: false,
      });
  // The indicators still owing an analysis or a check of the reviewed month: their coordenadoria's.
  const indicatorWork = [
    ['analysis', pack.missingAnalyses],
    ['check', pack.unchecked],
  ] as const;
  for (const [kind, indicatorsOwed] of indicatorWork)
    for (const indicator of indicatorsOwed)
      items.push({
        kind,
        coordinationCode: ownerOf.get(indicator.code) ?? 'SUPERINTENDENCIA',
        subject: indicator.code,
        text: indicator.shortName,
        month: pack.reportMonth,
        dueOn: meeting.meeting.scheduledOn,
        isOverdue: false,
      });
  const noticeFrom = addDays(today, DELIBERATION_NOTICE_DAYS);
  for (const deliberation of deliberations) {
    if (!deliberation.isOpen || deliberation.ownerCoordinationCode === null) continue;
    if (deliberation.deadline === null || deliberation.deadline > noticeFrom) continue;
    items.push({
      kind: 'deliberation',
      coordinationCode: deliberation.ownerCoordinationCode,
      subject: String(deliberation.id),
      text: deliberation.text,
      month: deliberation.meetingMonth,
      dueOn: deliberation.deadline,
      isOverdue: deliberation.overdue,
    });
  }
  // The latest record of each action (records come newest first): its não conformidade is the one in force.
  const latestRecord = new Map<string, (typeof records)[number]>();
  for (const record of records)
    if (!latestRecord.has(record.actionCode)) latestRecord.set(record.actionCode, record);
  for (const view of views) {
    const measure = latestRecord.get(view.code)?.nonConformity;
    if (!measure || view.status === 'done' || view.status === 'cancelled') continue;
    if (measure.correctiveDeadline >= today) continue;
    for (const coordinationCode of view.coordinationCodes)
      items.push({
        kind: 'corrective',
        coordinationCode,
        subject: view.code,
        text: measure.correctiveAction,
        month: null,
        dueOn: measure.correctiveDeadline,
        isOverdue: true,
      });
  }
  // Proposing a pauta is a choice, not a debt: offered while the meeting takes them, to those who
  // have not proposed one yet.
  if (meeting.window?.refusals.propose === null) {
    const proposed = new Set(pack.agendaItems.map((item) => item.coordinationCode));
    for (const coordination of coordinations)
      if (!proposed.has(coordination.code))
        items.push({
          kind: 'agenda',
          coordinationCode: coordination.code,
          subject: upcoming.month,
          text: null,
          month: upcoming.month,
          dueOn: meeting.meeting.scheduledOn,
          isOverdue: false,
        });
  }
  return { upcoming, scheduledOn: meeting.meeting.scheduledOn, items, coordinations };
}

/**
 * The reader's pendências (those of their coordenadorias; the superintendência's staff answer for
 * SUPERINTENDENCIA) and, for the superintendência and the administrator, everyone's by coordenadoria.
 */
export async function getPendingWork(db: Db, user: AuthenticatedUser, now: Date) {
  const { upcoming, scheduledOn, items, coordinations } = await allPendingItems(db, now);
  const overview = user.role === 'superintendence' || user.role === 'admin';
  return {
    meeting: { month: upcoming.month, reviewedMonth: upcoming.reviewedMonth, scheduledOn },
    coordinationCodes: [...pendingOwners(user)],
    items: ownPendingItems(user, items),
    byCoordination: overview
      ? coordinations.map((coordination) => {
          const counts = emptyPendingCounts();
          for (const item of items) if (item.coordinationCode === coordination.code) counts[item.kind] += 1;
          return { code: coordination.code, name: coordination.name, counts };
        })
      : null,
  };
}

/** The items a person answers for, among everyone's. */
export function ownPendingItems(user: AuthenticatedUser, items: readonly PendingItem[]): PendingItem[] {
  const owners = new Set(pendingOwners(user));
  return items.filter((item) => owners.has(item.coordinationCode));
}
