/**
 * The administrator's changes to the plan's tree: add and edit objectives and actions, retire
 * them (they keep their history) and set the dates of prazos the parser could not read.
 * Every change is versioned (no silent overwrite) and audited in the same transaction.
 */
import { parseDeadline } from '../../shared/domain/deadline.ts';
import { canEditPlanStructure } from '../../shared/domain/permissions.ts';
import type {
  ZObjectiveInputSchema,
  ZOperationalActionInputSchema,
  ZRetireInputSchema,
  ZSetDatesInputSchema,
  ZStrategicActionInputSchema,
} from '../../shared/schemas/action-plan.ts';
import type { z } from '../../shared/schemas/zod-locale.ts';
import type { Db } from '../db/client.ts';
import {
  datesColumns,
  insertOperationalAction,
  insertStrategicAction,
  listOperationalActions,
  listStrategicActions,
  operationalActionColumns,
  replaceActionCoordinations,
  strategicActionColumns,
  updateVersioned,
} from '../db/repositories/action-plan-repository.ts';
import { insertObjective, listObjectives } from '../db/repositories/plan-repository.ts';
import { AppError } from '../errors.ts';
import { auditChange } from './audit.ts';
import type { AuthenticatedUser } from './auth.ts';
import { assertKnownCoordinations } from './plan-catalogue.ts';

const TABLES = {
  objective: 'objectives',
  strategic: 'strategic_actions',
  operational: 'operational_actions',
} as const;

const NODE_LABELS = {
  objective: 'O objetivo',
  strategic: 'A ação estratégica',
  operational: 'A ação operacional',
};

function assertAdmin(user: AuthenticatedUser) {
  if (!canEditPlanStructure(user)) {
    throw new AppError('FORBIDDEN', 'Só o administrador altera a estrutura do plano.');
  }
}

const changedMeanwhile = (label: string, code: string) =>
  new AppError(
    'CONFLICT',
    `${label} ${code} foi alterado(a) por outra pessoa depois que você abriu a página. Recarregue e refaça a alteração.`,
  );

/** Dates read from a (new or edited) prazo text; an unreadable one goes to the review list. */
function parsedDates(deadlineText: string) {
  const dates = parseDeadline(deadlineText);
  return { deadlineText, startsOn: dates?.startsOn ?? null, endsOn: dates?.endsOn ?? null, datesSetBy: null };
}

export async function saveObjective(
  db: Db,
  user: AuthenticatedUser,
  input: z.infer<typeof ZObjectiveInputSchema>,
  now: Date,
) {
  assertAdmin(user);
  return db.transaction(async (trx) => {
    const objectives = await listObjectives(trx);
    const current = objectives.find((objective) => objective.code === input.code);
    if (input.version === null) {
      if (current) throw new AppError('CONFLICT', `Já existe o objetivo ${input.code}.`);
      await insertObjective(trx, { ...input, sortOrder: objectives.length });
      await auditChange(trx, user, now, {
        action: 'objetivo criado',
        entity: 'plano',
        key: `objetivo ${input.code}`,
        before: null,
        after: input,
      });
      return;
    }
    if (!current) throw new AppError('NOT_FOUND', `Objetivo ${input.code} não encontrado.`);
    const changes = { perspective: input.perspective, name: input.name };
    if (!(await updateVersioned(trx, 'objectives', input.code, input.version, changes)))
      throw changedMeanwhile('O objetivo', input.code);
    await auditChange(trx, user, now, {
      action: 'objetivo alterado',
      entity: 'plano',
      key: `objetivo ${input.code}`,
      before: current,
      after: changes,
    });
  });
}

export async function saveStrategicAction(
  db: Db,
  user: AuthenticatedUser,
  input: z.infer<typeof ZStrategicActionInputSchema>,
  now: Date,
) {
  assertAdmin(user);
  return db.transaction(async (trx) => {
    const objectives = await listObjectives(trx);
    if (
      !objectives.some((objective) => objective.code === input.objectiveCode && objective.retiredAt === null)
    )
      throw new AppError('UNPROCESSABLE', `Objetivo ${input.objectiveCode} não existe ou foi retirado.`);
    const actions = await listStrategicActions(trx);
    const current = actions.find((action) => action.code === input.code);
    const row = { ...input, ...parsedDates(input.deadlineText) };
    if (input.version === null) {
      if (current) throw new AppError('CONFLICT', `Já existe a ação estratégica ${input.code}.`);
      await insertStrategicAction(trx, {
        ...row,
        planText: null,
        sortOrder: actions.filter((action) => action.objectiveCode === input.objectiveCode).length,
        retiredAt: null,
        version: 1,
      });
      await auditChange(trx, user, now, {
        action: 'ação estratégica criada',
        entity: 'plano',
        key: input.code,
        before: null,
        after: row,
      });
      return;
    }
    if (!current) throw new AppError('NOT_FOUND', `Ação estratégica ${input.code} não encontrada.`);
    // An unchanged prazo keeps dates a person set by hand.
    const keepDates = current.deadlineText === input.deadlineText ? current : row;
    const changes = strategicActionColumns({ ...row, ...pickDates(keepDates) });
    if (!(await updateVersioned(trx, 'strategic_actions', input.code, input.version, changes)))
      throw changedMeanwhile('A ação estratégica', input.code);
    await auditChange(trx, user, now, {
      action: 'ação estratégica alterada',
      entity: 'plano',
      key: input.code,
      before: current,
      after: changes,
    });
  });
}

const pickDates = (row: { startsOn: string | null; endsOn: string | null; datesSetBy: number | null }) => ({
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  datesSetBy: row.datesSetBy,
});

export async function saveOperationalAction(
  db: Db,
  user: AuthenticatedUser,
  input: z.infer<typeof ZOperationalActionInputSchema>,
  now: Date,
) {
  assertAdmin(user);
  return db.transaction(async (trx) => {
    const strategic = (await listStrategicActions(trx)).find(
      (action) => action.code === input.strategicActionCode,
    );
    if (!strategic || strategic.retiredAt !== null)
      throw new AppError(
        'UNPROCESSABLE',
        `Ação estratégica ${input.strategicActionCode} não existe ou foi retirada.`,
      );
    await assertKnownCoordinations(trx, input.coordinationCodes);
    const actions = await listOperationalActions(trx);
    const current = actions.find((action) => action.code === input.code);
    const row = { ...input, ...parsedDates(input.deadlineText) };
    if (input.version === null) {
      if (current) throw new AppError('CONFLICT', `Já existe a ação operacional ${input.code}.`);
      await insertOperationalAction(trx, {
        ...row,
        printedNumber: null,
        statusInPlan: null,
        sortOrder: actions.filter((action) => action.strategicActionCode === input.strategicActionCode)
          .length,
        retiredAt: null,
        version: 1,
      });
      await auditChange(trx, user, now, {
        action: 'ação operacional criada',
        entity: 'plano',
        key: input.code,
        before: null,
        after: row,
      });
      return;
    }
    if (!current) throw new AppError('NOT_FOUND', `Ação operacional ${input.code} não encontrada.`);
    const keepDates = current.deadlineText === input.deadlineText ? current : row;
    const changes = operationalActionColumns({ ...row, ...pickDates(keepDates) });
    if (!(await updateVersioned(trx, 'operational_actions', input.code, input.version, changes)))
      throw changedMeanwhile('A ação operacional', input.code);
    await replaceActionCoordinations(trx, input.code, input.coordinationCodes);
    await auditChange(trx, user, now, {
      action: 'ação operacional alterada',
      entity: 'plano',
      key: input.code,
      before: current,
      after: {
        ...changes,
        coordenadorias: input.coordinationCodes,
      },
    });
  });
}

/** Retiring hides a node from the tree, lists and roll-ups; its records stay, and it can come back. */
export async function setRetired(
  db: Db,
  user: AuthenticatedUser,
  input: z.infer<typeof ZRetireInputSchema>,
  now: Date,
) {
  assertAdmin(user);
  return db.transaction(async (trx) => {
    const retiredAt = input.retired ? now.toISOString() : null;
    if (
      !(await updateVersioned(trx, TABLES[input.kind], input.code, input.version, { retired_at: retiredAt }))
    )
      throw changedMeanwhile(NODE_LABELS[input.kind], input.code);
    await auditChange(trx, user, now, {
      action: input.retired ? 'retirado do plano' : 'devolvido ao plano',
      entity: 'plano',
      key: input.code,
      before: null,
      after: {
        tipo: input.kind,
        retiredAt,
      },
    });
  });
}

export async function setDeadlineDates(
  db: Db,
  user: AuthenticatedUser,
  input: z.infer<typeof ZSetDatesInputSchema>,
  now: Date,
) {
  assertAdmin(user);
  return db.transaction(async (trx) => {
    const changes = datesColumns(input.dates, user.id);
    if (!(await updateVersioned(trx, TABLES[input.kind], input.code, input.version, changes)))
      throw changedMeanwhile(NODE_LABELS[input.kind], input.code);
    await auditChange(trx, user, now, {
      action: 'datas do prazo definidas',
      entity: 'plano',
      key: input.code,
      before: null,
      after: input.dates,
    });
  });
}

/**
 * Prazos to look at: those the parser could not read (no date at all), and those a person
 * already set by hand, so the page shows both what is pending and what was decided.
 */
export async function listDeadlineReview(db: Db) {
  const [strategic, operational] = await Promise.all([listStrategicActions(db), listOperationalActions(db)]);
  const rows = [
    ...strategic.map((action) => ({ kind: 'strategic' as const, ...action })),
    ...operational.map((action) => ({ kind: 'operational' as const, ...action })),
  ]
    .filter((action) => action.retiredAt === null)
    .filter((action) => parseDeadline(action.deadlineText) === null)
    .map((action) => ({
      kind: action.kind,
      code: action.code,
      text: action.text,
      deadlineText: action.deadlineText,
      startsOn: action.startsOn,
      endsOn: action.endsOn,
      isSet: action.datesSetBy !== null,
      version: action.version,
    }));
  return { pending: rows.filter((row) => !row.isSet).length, rows };
}
