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
import { deadlineFromText } from '../db/action-plan-file.ts';
import type { Db } from '../db/client.ts';
import { readTogether } from '../db/read-together.ts';
import {
  datesColumns,
  findPlanNode,
  insertOperationalAction,
  insertStrategicAction,
  listOperationalActions,
  listStrategicActions,
  operationalActionColumns,
  replaceActionCoordinations,
  retiredColumns,
  strategicActionColumns,
  updateVersioned,
} from '../db/repositories/action-plan-repository.ts';
import { insertObjective, listObjectives } from '../db/repositories/plan-repository.ts';
import { AppError } from '../errors.ts';
import { loadActionViews } from './action-plan.ts';
import { type AuditValues, auditChange } from './audit.ts';
import type { AuthenticatedUser } from './auth.ts';
import { assertKnownCoordinations } from './plan-catalogue.ts';

type NodeKind = 'objective' | 'strategic' | 'operational';

const NODES = {
  objective: {
    table: 'objectives',
    name: 'O objetivo',
    changed: 'foi alterado',
    missing: 'não encontrado',
    created: 'objetivo criado',
    edited: 'objetivo alterado',
  },
  strategic: {
    table: 'strategic_actions',
    name: 'A ação estratégica',
    changed: 'foi alterada',
    missing: 'não encontrada',
    created: 'ação estratégica criada',
    edited: 'ação estratégica alterada',
  },
  operational: {
    table: 'operational_actions',
    name: 'A ação operacional',
    changed: 'foi alterada',
    missing: 'não encontrada',
    created: 'ação operacional criada',
    edited: 'ação operacional alterada',
  },
} as const;

function assertAdmin(user: AuthenticatedUser) {
  if (!canEditPlanStructure(user)) {
    throw new AppError('FORBIDDEN', 'Só o administrador altera a estrutura do plano.');
  }
}

/**
 * Writes `changes` to a node still at `version`; a missing code is NOT_FOUND, a newer version a
 * CONFLICT. Returns the row as it was before, for the audit.
 */
async function writeVersioned(
  db: Db,
  kind: NodeKind,
  code: string,
  version: number,
  changes: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const node = NODES[kind];
  const before = await findPlanNode(db, node.table, code);
  if (!before) throw new AppError('NOT_FOUND', `${node.name} ${code} ${node.missing}.`);
  if (!(await updateVersioned(db, node.table, code, version, changes)))
    throw new AppError(
      'CONFLICT',
      `${node.name} ${code} ${node.changed} por outra pessoa depois que você abriu a página. Recarregue e refaça a alteração.`,
    );
  return before;
}

/** Codes say where a node sits: 1.3.2 is under 1.3, which is under objective 1. */
function assertChildCode(code: string, parentCode: string) {
  const prefix = `${parentCode.toLowerCase()}.`;
  if (!code.toLowerCase().startsWith(prefix) || code.length === prefix.length)
    throw new AppError(
      'BAD_REQUEST',
      `O código ${code} deve começar com ${parentCode}. (ex.: ${parentCode}.1).`,
    );
}

/**
 * Creates (version null) or edits (at `version`) one node of the tree, with the audit entry: the
 * one shape behind the three save procedures.
 */
async function createOrEdit<Written extends object>(
  db: Db,
  user: AuthenticatedUser,
  now: Date,
  node: {
    kind: NodeKind;
    code: string;
    version: number | null;
    current: object | undefined;
    create: () => Promise<void>;
    changes: Record<string, unknown>;
    /** What a person sets, by field (the columns' names are the database's, not the audit's). */
    written: AuditValues<Written>;
  },
) {
  const labels = NODES[node.kind];
  if (node.version === null) {
    if (node.current) throw new AppError('CONFLICT', `${labels.name} ${node.code} já existe.`);
    await node.create();
    await auditChange<object, object>(db, user, now, {
      action: labels.created,
      entity: 'plano',
      key: node.code,
      after: node.written,
    });
    return;
  }
  await writeVersioned(db, node.kind, node.code, node.version, node.changes);
  // Before: the same fields as they were, so the log compares like with like.
  const before = Object.fromEntries(
    Object.entries(node.current ?? {}).filter(([name]) => name in node.written),
  );
  await auditChange<object, object>(db, user, now, {
    action: labels.edited,
    entity: 'plano',
    key: node.code,
    before,
    after: node.written,
  });
}

const auditedDeadline = (row: {
  deadlineText: string;
  startsOn: string | null;
  endsOn: string | null;
  datesSetBy: number | null;
}) => ({
  deadlineText: row.deadlineText,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  datesSetBy: row.datesSetBy,
});

export async function saveObjective(
  db: Db,
  user: AuthenticatedUser,
  input: z.infer<typeof ZObjectiveInputSchema>,
  now: Date,
) {
  assertAdmin(user);
  return db.transaction(async (trx) => {
    const objectives = await listObjectives(trx);
    await createOrEdit(trx, user, now, {
      kind: 'objective',
      code: input.code,
      version: input.version,
      current: objectives.find((objective) => objective.code === input.code),
      create: () => insertObjective(trx, { ...input, sortOrder: objectives.length }),
      changes: { perspective: input.perspective, name: input.name },
      written: { perspective: input.perspective, name: input.name },
    });
  });
}

/** An unchanged prazo keeps dates a person set by hand; a new text is read again. */
function datesAfterEdit(
  current:
    | { deadlineText: string; startsOn: string | null; endsOn: string | null; datesSetBy: number | null }
    | undefined,
  deadlineText: string,
) {
  if (current && current.deadlineText === deadlineText)
    return {
      deadlineText,
      startsOn: current.startsOn,
      endsOn: current.endsOn,
      datesSetBy: current.datesSetBy,
    };
  return deadlineFromText(deadlineText);
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
    assertChildCode(input.code, input.objectiveCode);
    const actions = await listStrategicActions(trx);
    const current = actions.find((action) => action.code === input.code);
    const row = { ...input, ...datesAfterEdit(current, input.deadlineText) };
    await createOrEdit(trx, user, now, {
      kind: 'strategic',
      code: input.code,
      version: input.version,
      current,
      create: async () => {
        await insertStrategicAction(trx, {
          ...row,
          planText: null,
          sortOrder: actions.filter((action) => action.objectiveCode === input.objectiveCode).length,
          retiredAt: null,
          version: 1,
        });
      },
      changes: strategicActionColumns(row),
      written: {
        objectiveCode: row.objectiveCode,
        text: row.text,
        responsibleText: row.responsibleText,
        ...auditedDeadline(row),
      },
    });
  });
}

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
    assertChildCode(input.code, input.strategicActionCode);
    const actions = await listOperationalActions(trx);
    const current = actions.find((action) => action.code === input.code);
    const row = { ...input, ...datesAfterEdit(current, input.deadlineText) };
    await createOrEdit(trx, user, now, {
      kind: 'operational',
      code: input.code,
      version: input.version,
      current,
      create: async () => {
        await insertOperationalAction(trx, {
          ...row,
          printedNumber: null,
          statusInPlan: null,
          sortOrder: actions.filter((action) => action.strategicActionCode === input.strategicActionCode)
            .length,
          retiredAt: null,
          version: 1,
        });
      },
      changes: operationalActionColumns(row),
      written: {
        strategicActionCode: row.strategicActionCode,
        text: row.text,
        responsibleText: row.responsibleText,
        coordinationCodes: row.coordinationCodes,
        participants: row.participants,
        observations: row.observations,
        ...auditedDeadline(row),
      },
    });
    if (input.version !== null) await replaceActionCoordinations(trx, input.code, input.coordinationCodes);
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
  // Objective codes are upper case (RS, 1…), action codes lower case (2.a).
  const code = input.kind === 'objective' ? input.code.toUpperCase() : input.code.toLowerCase();
  return db.transaction(async (trx) => {
    const retiredAt = input.retired ? now.toISOString() : null;
    const before = await writeVersioned(trx, input.kind, code, input.version, retiredColumns(retiredAt));
    await auditChange(trx, user, now, {
      action: input.retired ? 'retirado do plano' : 'devolvido ao plano',
      entity: 'plano',
      key: code,
      before: { tipo: input.kind, retiredAt: before.retired_at },
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
    const before = await writeVersioned(
      trx,
      input.kind,
      input.code,
      input.version,
      datesColumns(input.dates, user.id),
    );
    await auditChange(trx, user, now, {
      action: 'datas do prazo definidas',
      entity: 'plano',
      key: input.code,
      before: { startsOn: before.starts_on, endsOn: before.ends_on },
      after: input.dates,
    });
  });
}

/**
 * Prazos to look at: those the parser could not read (no date at all), and those a person
 * already set by hand, so the page shows both what is pending and what was decided.
 */
export async function listDeadlineReview(db: Db, now: Date) {
  // Live nodes only: loadActionViews already leaves out actions under a retired parent.
  const [strategic, objectives, { views }] = await readTogether(db, [
    () => listStrategicActions(db),
    () => listObjectives(db),
    () => loadActionViews(db, now),
  ]);
  const liveObjectives = new Set(
    objectives.filter((objective) => objective.retiredAt === null).map((objective) => objective.code),
  );
  const rows = [
    ...strategic
      .filter((action) => action.retiredAt === null && liveObjectives.has(action.objectiveCode))
      .map((action) => ({ kind: 'strategic' as const, ...action })),
    ...views.map((action) => ({ kind: 'operational' as const, ...action })),
  ]
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
