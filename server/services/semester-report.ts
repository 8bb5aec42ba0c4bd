/**
 * The semester report per objective (PRODUCT.md §4.6), in the shape of the seed's cooperation
 * reports: for each objective its goals and indicators against the targets, the operational actions
 * by status at the end of the semester, the atrasadas and não conformidades, and the three texts each
 * coordenadoria writes (progress, difficulties, relation to the goals). Figures fill themselves;
 * the texts are saved with a version check, like the monitoring records.
 */
import { type ActionStatus, rollup } from '../../shared/domain/action-status.ts';
import { coordinationName, coordinationNames } from '../../shared/domain/coordination-names.ts';
import {
  parseYearPart,
  todayInMt,
  YEAR_PART_STATE_LABELS,
  yearPartCutoff,
  yearPartHeading,
  yearPartLabel,
  yearPartRange,
  yearPartState,
} from '../../shared/domain/dates.ts';
import { canWriteSemesterNarrative } from '../../shared/domain/permissions.ts';
import { STATUS_LABELS } from '../../shared/domain/status.ts';
import { STATE_CODE } from '../../shared/domain/territory.ts';
import { formatDateTimeMt, formatIsoDate, formatPeriod } from '../../shared/format.ts';
import type { TIndicator } from '../../shared/schemas/indicator.ts';
import type { TSemesterNarrativeInput } from '../../shared/schemas/semester-report.ts';
import type { Db } from '../db/client.ts';
import { readTogether } from '../db/read-together.ts';
import { listRecordsBetween, type MonitoringRecordRow } from '../db/repositories/action-plan-repository.ts';
import { type AnalysisRow, listLatestAnalysesBetween } from '../db/repositories/analysis-repository.ts';
import {
  listCoordinations,
  listGoals,
  listIndicators,
  listObjectives,
} from '../db/repositories/plan-repository.ts';
import { lockRow } from '../db/repositories/row-lock.ts';
import {
  findSemesterNarrative,
  insertSemesterNarrative,
  listSemesterNarratives,
  type SemesterNarrativeRow,
  updateSemesterNarrative,
} from '../db/repositories/semester-report-repository.ts';
import { AppError } from '../errors.ts';
import { type ActionView, actionSummary, loadActionViews } from './action-plan.ts';
import { analysisText } from './analyses.ts';
import { auditChange } from './audit.ts';
import type { AuthenticatedUser } from './auth.ts';
import { loadFigureContext } from './plan-catalogue.ts';
import type { Reader } from './read-scope.ts';
import { stateFiguresAsOf } from './state-figures-as-of.ts';

/** A semester that has not started has nothing to report nor to write about. */
function assertStarted(semester: string, today: string, doing: string): void {
  if (yearPartState(semester, today) === 'future') {
    throw new AppError(
      'BAD_REQUEST',
      `O ${yearPartLabel(semester)} ainda não começou (começa em ${formatIsoDate(yearPartRange(semester).startsOn)}): ${doing}`,
    );
  }
}

/**
 * The coordenadorias that answer for an objective: those of its operational actions (in plan
 * order), then those of its indicators — objective RS has indicators but no actions.
 */
function objectiveCoordinations(
  objectiveCode: string,
  views: readonly ActionView[],
  indicators: readonly TIndicator[],
): string[] {
  const codes = [
    ...views.filter((view) => view.objectiveCode === objectiveCode).flatMap((view) => view.coordinationCodes),
    ...indicators
      .filter((indicator) => indicator.objectiveCode === objectiveCode)
      .map((indicator) => indicator.coordinationCode),
  ];
  return [...new Set(codes)];
}

function reportedAction(view: ActionView) {
  return {
    ...actionSummary(view),
    strategicActionCode: view.strategicActionCode,
    percentDone: view.lastRecord?.percentDone ?? null,
  };
}

function nonConformityItem(record: MonitoringRecordRow, view: ActionView) {
  const nonConformity = record.nonConformity as NonNullable<MonitoringRecordRow['nonConformity']>;
  return {
    recordId: record.id,
    actionCode: record.actionCode,
    actionText: view.text,
    coordinationCodes: view.coordinationCodes,
    referenceMonth: record.referenceMonth,
    status: record.status as ActionStatus,
    ...nonConformity,
    recordedAt: record.recordedAt,
    recordedByName: record.recordedByName,
    isExample: record.isExample,
  };
}

/**
 * What the coordenadoria wrote about its indicators in the semester (the latest análise of each),
 * offered as the start of item c): "713 (ICSAPS), análise de jun/2026: … O que está sendo feito: …".
 */
function relationSuggestion(
  indicators: readonly { code: string; shortName: string }[],
  analyses: ReadonlyMap<string, AnalysisRow>,
): string | null {
  const parts = indicators.flatMap((indicator) => {
    const analysis = analyses.get(indicator.code);
    return analysis
      ? [
          `${indicator.code} (${indicator.shortName}), análise de ${formatPeriod(analysis.month)}: ${analysisText(analysis)}`,
        ]
      : [];
  });
  return parts.length > 0 ? parts.join('\n\n') : null;
}

function narrativeView(row: SemesterNarrativeRow | undefined) {
  if (!row) return null;
  return {
    progress: row.progress,
    difficulties: row.difficulties,
    relation: row.relation,
    version: row.version,
    updatedAt: row.updatedAt,
    updatedByName: row.updatedByName,
    isExample: row.isExample,
  };
}

export type SemesterReport = Awaited<ReturnType<typeof getSemesterReport>>;
export type SemesterReportObjective = SemesterReport['objectives'][number];

/** The whole report of one semester, every live objective in plan order. */
export async function getSemesterReport(db: Db, reader: Reader, semester: string, now: Date) {
  const today = todayInMt(now);
  const parsed = parseYearPart(semester, 'semester');
  if (!parsed) throw new AppError('BAD_REQUEST', `Semestre desconhecido: ${semester}.`);
  assertStarted(semester, today, 'o relatório é escrito durante e depois do semestre.');
  const state = yearPartState(semester, today);
  const range = yearPartRange(semester);
  const cutoff = yearPartCutoff(semester, today);

  const [objectives, goals, coordinations, indicators, narratives, records, analyses] = await readTogether(
    db,
    [
      () => listObjectives(db),
      () => listGoals(db),
      () => listCoordinations(db),
      () => listIndicators(db),
      () => listSemesterNarratives(db, semester),
      () => listRecordsBetween(db, range.firstMonth, range.lastMonth),
      () => listLatestAnalysesBetween(db, STATE_CODE, range.firstMonth, range.lastMonth),
    ],
  );
  const [{ views }, context] = await readTogether(db, [
    () => loadActionViews(db, now, { asOf: { month: cutoff.lastMonth, date: cutoff.overdueCheckDate } }),
    () => loadFigureContext(db, indicators, now),
  ]);
  const viewByCode = new Map(views.map((view) => [view.code, view]));
  const names = coordinationNames(coordinations);
  const narrativeOf = new Map(
    narratives.map((row) => [`${row.objectiveCode}|${row.coordinationCode}`, row] as const),
  );

  const liveObjectives = objectives.filter((objective) => objective.retiredAt === null);
  // As the semester closed: data of later months of the same year are left out.
  const asOf = await stateFiguresAsOf(
    db,
    context,
    { objectives: liveObjectives, indicators, year: parsed.year, throughMonth: cutoff.lastMonth },
    now,
  );
  const result = [];
  for (const objective of liveObjectives) {
    const objectiveIndicators = indicators.filter((indicator) => indicator.objectiveCode === objective.code);
    const indicatorRows = [];
    for (const indicator of objectiveIndicators) {
      const figure = asOf.get(indicator.code);
      if (!figure) continue;
      indicatorRows.push({
        code: indicator.code,
        name: indicator.name,
        shortName: indicator.shortName,
        unit: indicator.unit,
        kind: indicator.kind,
        polarity: indicator.polarity,
        goalCode: indicator.goalCode,
        coordinationCode: indicator.coordinationCode,
        year: figure.year,
        value: figure.value,
        numerator: figure.numerator,
        denominator: figure.denominator,
        target: figure.target,
        targetLabel: figure.targetLabel,
        status: figure.status,
        statusLabel: STATUS_LABELS[figure.status],
        isPartial: figure.isPartial,
        partialThrough: figure.partialThrough,
        isProvisional: figure.isProvisional,
        isExample: figure.isExample,
        reporting: figure.reporting,
        expected: figure.expected,
      });
    }
    const actions = views.filter((view) => view.objectiveCode === objective.code);
    const nonConformities = records
      .filter((record) => record.nonConformity !== null)
      .flatMap((record) => {
        const view = viewByCode.get(record.actionCode);
        return view && view.objectiveCode === objective.code ? [nonConformityItem(record, view)] : [];
      });
    const answering = objectiveCoordinations(objective.code, views, indicators);
    result.push({
      code: objective.code,
      perspective: objective.perspective,
      name: objective.name,
      goals: goals
        .filter((goal) => goal.objectiveCode === objective.code)
        .map((goal) => ({ code: goal.code, text: goal.text })),
      indicators: indicatorRows,
      actions: {
        rollup: rollup(actions),
        overdue: actions.filter((action) => action.overdue).map(reportedAction),
      },
      nonConformities,
      coordinations: answering.map((code) => ({
        code,
        name: coordinationName(code, names),
        actionCount: actions.filter((action) => action.coordinationCodes.includes(code)).length,
        indicatorCodes: objectiveIndicators
          .filter((indicator) => indicator.coordinationCode === code)
          .map((indicator) => indicator.code),
        narrative: narrativeView(narrativeOf.get(`${objective.code}|${code}`)),
        // Item c)'s starting text, from the analyses of the coordenadoria's indicators in the semester.
        relationSuggestion: relationSuggestion(
          objectiveIndicators.filter((indicator) => indicator.coordinationCode === code),
          analyses,
        ),
        canWrite: reader !== null && canWriteSemesterNarrative(reader, code),
      })),
    });
  }

  return {
    semester,
    label: yearPartLabel(semester),
    heading: yearPartHeading(semester),
    state,
    stateLabel: YEAR_PART_STATE_LABELS[state],
    year: parsed.year,
    ...range,
    /** The actions are counted as they stood on this day (the semester's last day, or today). */
    situationDate: cutoff.situationDate,
    objectives: result,
    coordinationNames: names,
    hasExampleData:
      result.some(
        (objective) =>
          objective.indicators.some((indicator) => indicator.isExample) ||
          objective.nonConformities.some((item) => item.isExample) ||
          objective.coordinations.some((coordination) => coordination.narrative?.isExample),
      ) || views.some((view) => view.lastRecord?.isExample),
    generatedAt: now.toISOString(),
  };
}

function conflictMessage(latest: SemesterNarrativeRow, input: TSemesterNarrativeInput): string {
  return (
    `${latest.updatedByName} salvou o texto da ${input.coordinationCode} para o objetivo ` +
    `${input.objectiveCode} (${yearPartLabel(input.semester)}) em ${formatDateTimeMt(latest.updatedAt)}, ` +
    'depois que você abriu a página. Seu texto continua no formulário: confira o texto salvo e salve de novo.'
  );
}

const sameTexts = (row: SemesterNarrativeRow, input: TSemesterNarrativeInput) =>
  row.progress === input.progress &&
  row.difficulties === input.difficulties &&
  row.relation === input.relation;

/**
 * Saves one coordenadoria's texts for an objective and semester: permission, the objective and the
 * coordenadoria checked, then the version check and the write with its audit entry, in one
 * transaction. Closed semesters stay editable (the report is written after the semester ends).
 */
export async function saveSemesterNarrative(
  db: Db,
  actor: AuthenticatedUser,
  input: TSemesterNarrativeInput,
  now: Date,
) {
  const today = todayInMt(now);
  assertStarted(input.semester, today, 'escreva o relatório durante ou depois do semestre.');
  if (!canWriteSemesterNarrative(actor, input.coordinationCode)) {
    throw new AppError(
      'FORBIDDEN',
      actor.role === 'regional'
        ? 'Gestores regionais leem o relatório semestral, mas não escrevem nele.'
        : `Você não pode escrever pela ${input.coordinationCode}: cada coordenadoria escreve o próprio texto ` +
            `(o seu acesso é de ${actor.coordinationCodes.join(', ') || 'nenhuma coordenadoria'}).`,
    );
  }
  return db.transaction(async (trx) => {
    // Two first saves of the same text must not both insert: they queue on the objective's row.
    await lockRow(trx, 'objectives', { code: input.objectiveCode });
    const [objectives, indicators, { views }] = await readTogether(trx, [
      () => listObjectives(trx),
      () => listIndicators(trx),
      () => loadActionViews(trx, now),
    ]);
    const objective = objectives.find((candidate) => candidate.code === input.objectiveCode);
    if (!objective || objective.retiredAt !== null)
      throw new AppError('NOT_FOUND', `Objetivo ${input.objectiveCode} não encontrado no plano.`);
    if (!objectiveCoordinations(objective.code, views, indicators).includes(input.coordinationCode)) {
      throw new AppError(
        'UNPROCESSABLE',
        `A ${input.coordinationCode} não responde por ações nem indicadores do objetivo ${objective.code}: ` +
          'escolha uma das coordenadorias do objetivo.',
      );
    }
    const key = {
      objectiveCode: objective.code,
      semester: input.semester,
      coordinationCode: input.coordinationCode,
    };
    const texts = { progress: input.progress, difficulties: input.difficulties, relation: input.relation };
    const existing = await findSemesterNarrative(trx, key);
    if (existing && existing.version !== input.version)
      throw new AppError('CONFLICT', conflictMessage(existing, input));
    if (!existing && input.version !== null) {
      // The page saw a text that is not there: the plan changed under it. Reload before writing.
      throw new AppError('CONFLICT', 'O texto que você abriu não existe mais. Recarregue a página.');
    }
    if (existing && sameTexts(existing, input)) {
      return { version: existing.version, updatedAt: existing.updatedAt, isUnchanged: true };
    }
    if (!existing && texts.progress === null && texts.difficulties === null && texts.relation === null) {
      throw new AppError('BAD_REQUEST', 'Nada a salvar: escreva ao menos um dos três textos.');
    }
    const updatedAt = now.toISOString();
    let version = 1;
    if (existing) {
      const isUpdated = await updateSemesterNarrative(trx, existing.id, existing.version, {
        ...texts,
        updatedBy: actor.id,
        updatedAt,
      });
      if (!isUpdated) {
        const latest = await findSemesterNarrative(trx, key);
        throw new AppError('CONFLICT', latest ? conflictMessage(latest, input) : 'Recarregue a página.');
      }
      version = existing.version + 1;
    } else {
      await insertSemesterNarrative(trx, {
        ...key,
        ...texts,
        updatedBy: actor.id,
        updatedAt,
        isExample: false,
      });
    }
    await auditChange(trx, actor, now, {
      action: existing ? 'update' : 'create',
      entity: 'relatorio',
      key: `${key.semester}/${key.objectiveCode}/${key.coordinationCode}`,
      before: existing
        ? {
            progresso: existing.progress,
            dificuldades: existing.difficulties,
            relacao: existing.relation,
            versao: existing.version,
          }
        : null,
      after: {
        progresso: texts.progress,
        dificuldades: texts.difficulties,
        relacao: texts.relation,
        versao: version,
      },
    });
    return { version, updatedAt, isUnchanged: false };
  });
}
