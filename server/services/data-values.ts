import { valueProblems, yearShapeProblem } from '../../shared/domain/data-value-rules.ts';
import { currentMonthInMt } from '../../shared/domain/dates.ts';
import { DATA_LEVEL_AS_TERRITORY, LEVEL_LABELS } from '../../shared/domain/indicator.ts';
import { yearOf } from '../../shared/domain/period.ts';
import { UNUSUAL_REFUSAL } from '../../shared/domain/unusual-values.ts';
import { populationBound } from '../../shared/domain/validation-rules.ts';
import { formatDateTimeMt, formatPeriod } from '../../shared/format.ts';
import { groupBy } from '../../shared/group-by.ts';
import type { TIndicator } from '../../shared/schemas/indicator.ts';
import type { Db } from '../db/client.ts';
import { type AuditEntry, appendAudit, listAudit } from '../db/repositories/audit-repository.ts';
import {
  type DataValueRow,
  listStoredValues,
  type StoredValue,
  upsertDataValues,
  type VersionedValueRow,
} from '../db/repositories/data-value-repository.ts';
import { lockIndicatorYears } from '../db/repositories/row-lock.ts';
import {
  listPopulations,
  listTerritories,
  type TerritoryRow,
} from '../db/repositories/territory-repository.ts';
import { findUserById } from '../db/repositories/user-repository.ts';
import { AppError } from '../errors.ts';
import { auditEntry } from './audit.ts';
import { assertPeriodsOpen } from './data-closing.ts';
import { findUnusualValues, type UnusualValue, unusualSentence } from './unusual-values.ts';
import { refreshTouchedRollups } from './year-rollups.ts';

function checkRows(
  rows: readonly DataValueRow[],
  indicators: ReadonlyMap<string, TIndicator>,
  territories: ReadonlyMap<string, TerritoryRow>,
  context: { currentMonth: string; populations: ReadonlyMap<string, ReadonlyMap<number, number>> },
): void {
  for (const [index, row] of rows.entries()) {
    const indicator = indicators.get(row.indicatorCode);
    const where = `Linha ${index + 1}`;
    if (!indicator)
      throw new AppError('UNPROCESSABLE', `${where}: indicador ${row.indicatorCode} não existe.`);
    const territory = territories.get(row.territoryCode);
    if (!territory)
      throw new AppError('UNPROCESSABLE', `${where}: território ${row.territoryCode} não existe.`);
    // A value recorded at the wrong level would be counted twice in the state total.
    if (territory.level !== DATA_LEVEL_AS_TERRITORY[indicator.dataLevel]) {
      throw new AppError(
        'UNPROCESSABLE',
        `${where}: o indicador ${indicator.code} é registrado por ${LEVEL_LABELS[DATA_LEVEL_AS_TERRITORY[indicator.dataLevel]]}; ${territory.name} é ${LEVEL_LABELS[territory.level]}.`,
      );
    }
    const population = populationBound(
      context.populations.get(territory.code) ?? new Map(),
      yearOf(row.period),
    );
    const problems = valueProblems(row, indicator, context.currentMonth, population);
    if (problems.length > 0) throw new AppError('UNPROCESSABLE', `${where}: ${problems.join(' ')}`);
  }
}

export function valueKey(value: { indicatorCode: string; territoryCode: string; period: string }): string {
  return `${value.indicatorCode}|${value.territoryCode}|${value.period}`;
}

/** Who saves: a user, or the command line (no user id). */
export type Author = { id: number | null; username: string };

export type SaveOptions = {
  /** Who saves (audited); null for the example data loaded at start. */
  author: Author | null;
  /**
   * For typed-in values: the version each cell had when the page was loaded (null: it was empty).
   * A cell saved by someone else since then refuses the whole save.
   */
  expectedVersions?: ReadonlyMap<string, number | null>;
  /** Where the expected versions were read: the grid's page, or an import's check of its file. */
  readIn?: 'page' | 'import';
  /**
   * Why the values far from their unit's history are right (one text for the write, stored with
   * each of them). Without it, a person's write with an unusual value is refused, naming them.
   */
  justification?: string | null;
  /**
   * The unusual values (their `valueKey`) when the caller already judged them on the same data (an
   * import judges in its preview step): not judged again inside the write.
   */
  unusualKeys?: ReadonlySet<string>;
};

/**
 * Rows whose year would end up with a rate's halves in different shapes (one yearly, the other by
 * month), with the reason: `stored` holds the unit-years' current values, keyed by `valueKey`.
 */
export function findYearShapeProblems<T extends DataValueRow>(
  rows: readonly T[],
  stored: ReadonlyMap<string, Pick<DataValueRow, 'period' | 'numerator' | 'denominator'>>,
  indicator: TIndicator,
): { row: T; problem: string }[] {
  const after = new Map<string, Pick<DataValueRow, 'period' | 'numerator' | 'denominator'>>(stored);
  for (const row of rows) after.set(valueKey(row), row);
  const byUnitYear = groupBy(
    [...after].flatMap(([key, value]) => (key.startsWith(`${indicator.code}|`) ? [{ key, value }] : [])),
    ({ key, value }) => `${key.split('|')[1]}|${yearOf(value.period)}`,
  );
  const problems: { row: T; problem: string }[] = [];
  const reported = new Set<string>();
  for (const row of rows) {
    const unitYear = `${row.territoryCode}|${yearOf(row.period)}`;
    if (reported.has(unitYear)) continue;
    const problem = yearShapeProblem(
      (byUnitYear.get(unitYear) ?? []).map(({ value }) => value),
      indicator,
    );
    if (problem) {
      reported.add(unitYear);
      problems.push({ row, problem });
    }
  }
  return problems;
}

function unusualMessage(
  unusual: readonly UnusualValue[],
  territories: ReadonlyMap<string, TerritoryRow>,
): string {
  const lines = unusual
    .slice(0, 5)
    .map((value) =>
      unusualSentence(value, territories.get(value.territoryCode)?.name ?? value.territoryCode),
    );
  const more = unusual.length > 5 ? ` E mais ${unusual.length - 5} valores.` : '';
  return `Nada foi salvo: ${unusual.length === 1 ? 'um valor está' : `${unusual.length} valores estão`} ${UNUSUAL_REFUSAL}. ${lines.join(' ')}${more} Confira e, se estiver certo, escreva uma justificativa para salvar.`;
}

function isSameValue(stored: StoredValue, row: DataValueRow): boolean {
  return (
    stored.numerator === row.numerator &&
    stored.denominator === row.denominator &&
    stored.isProvisional === row.isProvisional &&
    stored.isExample === row.isExample &&
    stored.source === row.source
  );
}

/** A cell someone else saved or cleared after the page was opened. */
type Conflict = {
  territoryCode: string;
  period: string;
  change: 'salvo' | 'apagado';
  by: string;
  at: string | null;
};

function conflictMessage(
  conflicts: readonly Conflict[],
  territories: ReadonlyMap<string, TerritoryRow>,
  readIn: 'page' | 'import',
): string {
  const lines = conflicts.slice(0, 5).map((conflict) => {
    const when = conflict.at ? ` em ${formatDateTimeMt(conflict.at)}` : '';
    return `${territories.get(conflict.territoryCode)?.name ?? conflict.territoryCode} em ${formatPeriod(conflict.period)} foi ${conflict.change} por ${conflict.by}${when}`;
  });
  const more = conflicts.length > 5 ? ` e mais ${conflicts.length - 5} valores` : '';
  const advice =
    readIn === 'import'
      ? 'enquanto o arquivo era conferido. Pré-visualize o arquivo de novo para ver o que ele mudaria agora.'
      : 'depois que você abriu a página. Recarregue para ver os valores atuais e refaça a sua alteração.';
  return `Nada foi salvo: ${lines.join('; ')}${more}, ${advice}`;
}

/** Who cleared a cell the page still showed, from the audit log (a load without author: "a carga"). */
async function clearedConflict(db: Db, row: DataValueRow): Promise<Conflict> {
  const { rows } = await listAudit(db, { entity: 'valor', entityKey: valueKey(row), limit: 1, offset: 0 });
  const [entry] = rows;
  const user = entry?.userId ? await findUserById(db, entry.userId) : undefined;
  return {
    territoryCode: row.territoryCode,
    period: row.period,
    change: 'apagado',
    by: user?.displayName ?? entry?.username ?? 'a carga de dados',
    at: entry?.at ?? null,
  };
}

/**
 * Stores raw values and their yearly roll-ups in one transaction: all or nothing. Values equal to
 * what is stored are left alone, so loading the same file twice changes nothing the second time.
 */
/** Up to this many territories a save reads only theirs; more (an import), the whole year. */
const MAX_LISTED_TERRITORIES = 500;

export async function saveDataValues(
  db: Db,
  rows: readonly DataValueRow[],
  indicators: ReadonlyMap<string, TIndicator>,
  now: Date,
  options: SaveOptions = { author: null },
): Promise<{ changed: number; unchanged: number }> {
  const territories = new Map((await listTerritories(db)).map((territory) => [territory.code, territory]));
  checkRows(rows, indicators, territories, {
    currentMonth: currentMonthInMt(now),
    populations: await listPopulations(db),
  });
  return db.transaction(async (trx) => {
    await lockIndicatorYears(
      trx,
      rows.map((row) => ({ indicatorCode: row.indicatorCode, year: yearOf(row.period) })),
    );
    const changed: VersionedValueRow[] = [];
    const audit: AuditEntry[] = [];
    const conflicts: Conflict[] = [];
    for (const [code, group] of groupBy(rows, (row) => row.indicatorCode)) {
      const years = [...new Set(group.map((row) => yearOf(row.period)))];
      // What the checks need: the saved cells' own territory-years (a grid save of one cell reads
      // one territory, not the 66.840 values of a national indicator-year); a big import, all.
      const territoryCodes = [...new Set(group.map((row) => row.territoryCode))];
      const stored = new Map(
        (
          await listStoredValues(trx, {
            indicatorCode: code,
            years,
            territoryCodes: territoryCodes.length <= MAX_LISTED_TERRITORIES ? territoryCodes : undefined,
          })
        ).map((value) => [valueKey(value), value]),
      );
      const [shape] = findYearShapeProblems(group, stored, indicators.get(code) as TIndicator);
      if (shape)
        throw new AppError(
          'UNPROCESSABLE',
          `${territories.get(shape.row.territoryCode)?.name ?? shape.row.territoryCode}: ${shape.problem}`,
        );
      for (const row of group) {
        const key = valueKey(row);
        const current = stored.get(key);
        const expected = options.expectedVersions?.get(key);
        // A version the page saw that no longer matches, or no longer exists, is a conflict.
        if (expected !== undefined && (current?.version ?? null) !== expected) {
          conflicts.push(
            current
              ? {
                  territoryCode: current.territoryCode,
                  period: current.period,
                  change: 'salvo',
                  by: current.updatedByName ?? 'a carga de dados',
                  at: current.updatedAt,
                }
              : await clearedConflict(trx, row),
          );
          continue;
        }
        if (current && isSameValue(current, row)) continue;
        changed.push({ ...row, version: (current?.version ?? 0) + 1, updatedBy: options.author?.id ?? null });
        if (options.author) {
          audit.push(
            auditEntry(options.author, now, {
              action: current ? 'update' : 'create',
              entity: 'valor',
              key,
              before: current ? { numerador: current.numerator, denominador: current.denominator } : null,
              after: { numerador: row.numerator, denominador: row.denominator, fonte: row.source },
            }),
          );
        }
      }
    }
    if (conflicts.length > 0)
      throw new AppError('CONFLICT', conflictMessage(conflicts, territories, options.readIn ?? 'page'));
    // Closed months hold against people and scripts; the start-up re-derivation (no author) only
    // follows records that were themselves checked, and must never keep the panel from starting.
    if (options.author) await assertPeriodsOpen(trx, changed, indicators);
    // Unusual values (a person's write only: the loads at start are not judged) need a reason.
    const justification = options.justification?.trim() || null;
    let unusualKeys = options.unusualKeys;
    if (!unusualKeys) {
      const unusual = options.author ? await findUnusualValues(trx, changed, indicators) : [];
      if (unusual.length > 0 && !justification)
        throw new AppError('UNPROCESSABLE', unusualMessage(unusual, territories));
      unusualKeys = new Set(unusual.map(valueKey));
    }
    const flagged = unusualKeys;
    for (const row of changed) row.justification = flagged.has(valueKey(row)) ? justification : null;
    for (const entry of audit) {
      const after = entry.after as Record<string, unknown>;
      if (flagged.has(entry.entityKey)) after.justificativa = justification;
    }
    await upsertDataValues(trx, changed, now.toISOString());
    await appendAudit(trx, audit);
    await refreshTouchedRollups(trx, changed, indicators);
    return { changed: changed.length, unchanged: rows.length - changed.length };
  });
}
