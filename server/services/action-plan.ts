import { readTogether } from '../db/read-together.ts';
/**
 * The plan's actions as users see them: each operational action with its current status (latest
 * monitoring record, else the plan's), atrasada / vence em breve, and the tree's roll-ups.
 */

import { matchesActionFilter } from '../../shared/domain/action-filter.ts';
import {
  type ActionStatus,
  currentStatus,
  isDueSoon,
  isOverdue,
  owesMonthlyRecord,
  type Rollup,
  rollup,
} from '../../shared/domain/action-status.ts';
import { todayInMt } from '../../shared/domain/dates.ts';
import { pendingOwners } from '../../shared/domain/pending-work.ts';
import type { TActionFilter } from '../../shared/schemas/action-plan.ts';
import type { Db } from '../db/client.ts';
import {
  listActionsRecordedIn,
  listLatestRecords,
  listOperationalActions,
  listStrategicActions,
  type OperationalActionRow,
} from '../db/repositories/action-plan-repository.ts';
import { listObjectives } from '../db/repositories/plan-repository.ts';
import type { AuthenticatedUser } from './auth.ts';
import { cachedFigures } from './figure-cache.ts';

export type ActionView = Omit<OperationalActionRow, 'sortOrder'> & {
  objectiveCode: string;
  objectiveName: string;
  strategicActionText: string;
  status: ActionStatus | null;
  overdue: boolean;
  dueSoon: boolean;
  lastRecord: {
    id: number;
    referenceMonth: string;
    recordedAt: string;
    recordedByName: string;
    percentDone: number | null;
    hasNonConformity: boolean;
    isExample: boolean;
  } | null;
};

/** What a list of actions shows of each (the meeting's pack, an indicator's actions, reports). */
export function actionSummary(view: ActionView) {
  return {
    code: view.code,
    text: view.text,
    coordinationCodes: view.coordinationCodes,
    responsibleText: view.responsibleText,
    deadlineText: view.deadlineText,
    endsOn: view.endsOn,
    status: view.status,
    overdue: view.overdue,
    lastRecordMonth: view.lastRecord?.referenceMonth ?? null,
  };
}

/**
 * Every operational action with its derived state, in plan order. `asOf` looks back: the status
 * the records up to `month` gave, with atrasada / vence em breve judged on `date` instead of today.
 */
type ActionViewOptions = { includeRetired?: boolean; asOf?: { month: string; date: string } };

/**
 * The plan's actions with their status, kept per change of the data and per day as the figures are
 * (figure-cache.ts: every write commits a new revision); inside a transaction, read afresh. Shared:
 * callers must not change what they get.
 */
export function loadActionViews(db: Db, now: Date, options: ActionViewOptions = {}) {
  const key = `acoes|${options.includeRetired === true}|${options.asOf?.month ?? ''}|${options.asOf?.date ?? ''}`;
  return cachedFigures(db, now, key, () => readActionViews(db, now, options));
}

async function readActionViews(db: Db, now: Date, options: ActionViewOptions) {
  const today = options.asOf?.date ?? todayInMt(now);
  const [objectives, strategic, operational, latest] = await readTogether(db, [
    () => listObjectives(db),
    () => listStrategicActions(db),
    () => listOperationalActions(db),
    () => listLatestRecords(db, { upToMonth: options.asOf?.month }),
  ]);
  const objectiveByCode = new Map(objectives.map((objective) => [objective.code, objective]));
  const strategicByCode = new Map(strategic.map((action) => [action.code, action]));
  const latestByAction = new Map(latest.map((record) => [record.actionCode, record]));
  const strategicOrder = new Map(strategic.map((action, index) => [action.code, index]));
  // Retiring a strategic action or an objective retires what is under it (from the same moment).
  const retiredAtOf = (action: OperationalActionRow) => {
    const parent = strategicByCode.get(action.strategicActionCode);
    const objective = parent ? objectiveByCode.get(parent.objectiveCode) : undefined;
    return action.retiredAt ?? parent?.retiredAt ?? objective?.retiredAt ?? null;
  };
  const views: ActionView[] = operational
    .map((action) => ({ ...action, retiredAt: retiredAtOf(action) }))
    .filter((action) => options.includeRetired || action.retiredAt === null)
    .sort(
      (a, b) =>
        (strategicOrder.get(a.strategicActionCode) ?? 0) - (strategicOrder.get(b.strategicActionCode) ?? 0) ||
        a.sortOrder - b.sortOrder,
    )
    .map(({ sortOrder: _sortOrder, ...action }) => {
      const parent = strategicByCode.get(action.strategicActionCode);
      const objective = parent ? objectiveByCode.get(parent.objectiveCode) : undefined;
      const record = latestByAction.get(action.code) ?? null;
      const status = currentStatus(record?.status ?? null, action.statusInPlan);
      return {
        ...action,
        objectiveCode: parent?.objectiveCode ?? '',
        objectiveName: objective?.name ?? '',
        strategicActionText: parent?.text ?? '',
        status,
        overdue: action.retiredAt === null && isOverdue({ endsOn: action.endsOn, status }, today),
        dueSoon: action.retiredAt === null && isDueSoon({ endsOn: action.endsOn, status }, today),
        lastRecord: record && {
          id: record.id,
          referenceMonth: record.referenceMonth,
          recordedAt: record.recordedAt,
          recordedByName: record.recordedByName,
          percentDone: record.percentDone,
          hasNonConformity: record.nonConformity !== null,
          isExample: record.isExample,
        },
      };
    });
  return { today, objectives, strategic, views };
}

export async function listActions(db: Db, now: Date, filter: TActionFilter) {
  const { today, views } = await loadActionViews(db, now);
  return { today, rows: views.filter((view) => matchesActionFilter(view, filter)) };
}

type TreeStrategic = {
  code: string;
  text: string;
  responsibleText: string;
  deadlineText: string;
  startsOn: string | null;
  endsOn: string | null;
  datesSetBy: number | null;
  retiredAt: string | null;
  version: number;
  rollup: Rollup;
  actions: ActionView[];
};

/** Objective → strategic action → operational action, each level with its roll-up. */
export async function getActionTree(db: Db, now: Date, options: { includeRetired?: boolean } = {}) {
  const { today, objectives, strategic, views } = await loadActionViews(db, now, options);
  const live = (retiredAt: string | null) => options.includeRetired || retiredAt === null;
  // Roll-ups count only live actions, so a retired action never skews a percentage.
  const counted = (actions: readonly ActionView[]) =>
    rollup(actions.filter((action) => action.retiredAt === null));
  const tree = objectives
    .filter((objective) => objective.code !== 'RS' && live(objective.retiredAt))
    .map((objective) => {
      const strategicActions: TreeStrategic[] = strategic
        .filter((action) => action.objectiveCode === objective.code && live(action.retiredAt))
        .map((action) => {
          const actions = views.filter((view) => view.strategicActionCode === action.code);
          return {
            code: action.code,
            text: action.text,
            responsibleText: action.responsibleText,
            deadlineText: action.deadlineText,
            startsOn: action.startsOn,
            endsOn: action.endsOn,
            datesSetBy: action.datesSetBy,
            retiredAt: action.retiredAt,
            version: action.version,
            rollup: counted(actions),
            actions,
          };
        });
      return {
        ...objective,
        rollup: counted(views.filter((view) => view.objectiveCode === objective.code)),
        strategicActions,
      };
    });
  return { today, total: counted(views), objectives: tree };
}

/**
 * "Minhas ações": the actions of the user's coordenadorias (the superintendência's own for its
 * staff and administrators), with those still owing `month`'s record flagged.
 */
export async function listMyActions(db: Db, user: AuthenticatedUser, now: Date, month: string) {
  const { today, views } = await loadActionViews(db, now);
  const mine = pendingOwners(user);
  const recorded = await listActionsRecordedIn(db, month);
  const rows = views
    .filter((view) => view.coordinationCodes.some((code) => mine.includes(code)))
    .map((view) => ({
      ...view,
      hasRecordThisMonth: recorded.has(view.code),
      owesRecord: !recorded.has(view.code) && owesMonthlyRecord(view, month),
    }));
  return { today, month, coordinationCodes: [...mine], rows };
}
