/**
 * The entry grid: recording units × periods of one indicator and year, for the users allowed to
 * edit it. Saving checks each cell's version so nobody silently overwrites somebody else's value.
 */

import { closedPeriodProblem } from '../../shared/domain/data-closing.ts';
import { currentMonthInMt } from '../../shared/domain/dates.ts';
import { DATA_LEVEL_AS_TERRITORY } from '../../shared/domain/indicator.ts';
import { expectedPeriods, periodStart, yearOf } from '../../shared/domain/period.ts';
import { canEditIndicator } from '../../shared/domain/permissions.ts';
import { PLANIFICATION_INDICATORS, planificationOnlyMessage } from '../../shared/domain/planification.ts';
import type { TEntrySaveInput } from '../../shared/schemas/data-entry.ts';
import type { TIndicator } from '../../shared/schemas/indicator.ts';
import { compareText } from '../../shared/text.ts';
import type { Db } from '../db/client.ts';
import { appendAudit, listAudit } from '../db/repositories/audit-repository.ts';
import { deleteDataValues, listStoredValues } from '../db/repositories/data-value-repository.ts';
import { listIndicators } from '../db/repositories/plan-repository.ts';
import { lockIndicatorYears } from '../db/repositories/row-lock.ts';
import { listTerritories } from '../db/repositories/territory-repository.ts';
import { AppError } from '../errors.ts';
import { auditEntry } from './audit.ts';
import type { AuthenticatedUser } from './auth.ts';
import { assertPeriodsOpen, loadClosedMonths } from './data-closing.ts';
import { saveDataValues, valueKey } from './data-values.ts';
import { getIndicatorOrFail } from './plan-catalogue.ts';
import { assertCanRead, type Reader } from './read-scope.ts';
import { refreshTouchedRollups } from './year-rollups.ts';

export const MANUAL_SOURCE = 'Digitação no painel';

export function assertCanEdit(user: AuthenticatedUser, indicator: TIndicator): void {
  if (PLANIFICATION_INDICATORS.includes(indicator.code))
    throw new AppError('UNPROCESSABLE', planificationOnlyMessage(indicator.code));
  if (!canEditIndicator(user, indicator)) {
    throw new AppError(
      'FORBIDDEN',
      `Você não pode alterar o indicador ${indicator.code}: ele é da coordenadoria ${indicator.coordinationCode}.`,
    );
  }
}

/**
 * The grid's columns: the periods of the year that have begun (nothing after the month in progress
 * can be typed) and, for a closed year of a monthly or semiannual indicator, the whole year as one
 * more column, first: a year held as one yearly value (from a TabNet year column) stands over its months.
 */
export function entryPeriods(indicator: TIndicator, year: number, currentMonth: string): string[] {
  const begun = expectedPeriods(indicator.periodicity, year).filter(
    (period) => periodStart(period) <= currentMonth,
  );
  const isClosed = year < yearOf(currentMonth);
  // The whole year first: it is what a closed year usually comes as, and it stays in view.
  return indicator.periodicity !== 'yearly' && isClosed ? [String(year), ...begun] : begun;
}

export async function getEntryGrid(
  db: Db,
  user: AuthenticatedUser,
  request: { code: string; year: number },
  now: Date,
) {
  const indicator = await getIndicatorOrFail(db, request.code);
  assertCanEdit(user, indicator);
  const unitLevel = DATA_LEVEL_AS_TERRITORY[indicator.dataLevel];
  const units = (await listTerritories(db))
    .filter((territory) => territory.level === unitLevel)
    .filter((territory) => territory.installedYear === null || territory.installedYear <= request.year)
    .sort((a, b) => compareText(a.name, b.name))
    .map((territory) => ({ code: territory.code, name: territory.name, regionCode: territory.regionCode }));
  const cells = (await listStoredValues(db, { indicatorCode: indicator.code, years: [request.year] })).map(
    (value) => ({
      territoryCode: value.territoryCode,
      period: value.period,
      numerator: value.numerator,
      denominator: value.denominator,
      version: value.version,
      updatedAt: value.updatedAt,
      updatedByName: value.updatedByName,
      isExample: value.isExample,
      isProvisional: value.isProvisional,
    }),
  );
  const periods = entryPeriods(indicator, request.year, currentMonthInMt(now));
  const closed = await loadClosedMonths(db);
  return {
    indicator,
    year: request.year,
    periods,
    /** Periods held by a month closed at the reunião de condução, with why: typed values are refused. */
    closedPeriods: Object.fromEntries(
      periods.flatMap((period) => {
        const problem = closedPeriodProblem(period, indicator.periodicity, closed);
        return problem ? [[period, problem]] : [];
      }),
    ),
    units,
    cells,
  };
}

/** Saves typed values (and clears emptied cells) in one transaction, refusing any edit conflict. */
export async function saveEntryCells(db: Db, user: AuthenticatedUser, input: TEntrySaveInput, now: Date) {
  const indicators = new Map((await listIndicators(db)).map((indicator) => [indicator.code, indicator]));
  const indicator = indicators.get(input.code);
  if (!indicator)
    throw new AppError('NOT_FOUND', `Indicador "${input.code}" não encontrado no painel do plano.`);
  assertCanEdit(user, indicator);
  const author = { id: user.id, username: user.username };
  const cleared = input.cells.filter((cell) => cell.numerator === null && cell.denominator === null);
  const typed = input.cells.filter((cell) => !cleared.includes(cell));
  const rows = typed.map((cell) => ({
    indicatorCode: indicator.code,
    territoryCode: cell.territoryCode,
    period: cell.period,
    numerator: cell.numerator,
    denominator: cell.denominator,
    source: MANUAL_SOURCE,
    isProvisional: false,
    isExample: false,
  }));
  const expectedVersions = new Map(
    input.cells.map((cell) => [valueKey({ indicatorCode: indicator.code, ...cell }), cell.expectedVersion]),
  );
  return db.transaction(async (trx) => {
    // Every year the save touches, typed or cleared, before anything is read.
    await lockIndicatorYears(
      trx,
      input.cells.map((cell) => ({ indicatorCode: indicator.code, year: yearOf(cell.period) })),
    );
    const saved = await saveDataValues(trx, rows, indicators, now, {
      author,
      expectedVersions,
      justification: input.justification,
    });
    const removed = await clearCells(trx, indicator, cleared, author, now);
    return { ...saved, removed };
  });
}

async function clearCells(
  db: Db,
  indicator: TIndicator,
  cells: TEntrySaveInput['cells'],
  author: { id: number; username: string },
  now: Date,
): Promise<number> {
  const toClear = cells.filter((cell) => cell.expectedVersion !== null);
  if (toClear.length === 0) return 0;
  const years = [...new Set(toClear.map((cell) => yearOf(cell.period)))];
  const territoryCodes = [...new Set(toClear.map((cell) => cell.territoryCode))];
  const stored = new Map(
    (await listStoredValues(db, { indicatorCode: indicator.code, years, territoryCodes })).map((value) => [
      valueKey(value),
      value,
    ]),
  );
  const keys = toClear.map((cell) => ({
    indicatorCode: indicator.code,
    territoryCode: cell.territoryCode,
    period: cell.period,
  }));
  for (const [index, key] of keys.entries()) {
    const current = stored.get(valueKey(key));
    if (current && current.version !== toClear[index]?.expectedVersion) {
      throw new AppError(
        'CONFLICT',
        `Nada foi salvo: ${key.territoryCode} em ${key.period} foi alterado por ${current.updatedByName ?? 'outra pessoa'} depois que você abriu a página. Recarregue e refaça a alteração.`,
      );
    }
  }
  const existing = keys.filter((key) => stored.has(valueKey(key)));
  await assertPeriodsOpen(db, existing, new Map([[indicator.code, indicator]]));
  await deleteDataValues(db, existing);
  await appendAudit(
    db,
    existing.map((key) => {
      const before = stored.get(valueKey(key));
      return auditEntry(author, now, {
        action: 'delete',
        entity: 'valor',
        key: valueKey(key),
        before: { numerador: before?.numerator, denominador: before?.denominator },
      });
    }),
  );
  await refreshTouchedRollups(db, existing, new Map([[indicator.code, indicator]]));
  return existing.length;
}

/** Every change of one value, newest first, from the audit log. */
export async function getValueHistory(
  db: Db,
  reader: Reader,
  request: { code: string; territoryCode: string; period: string },
) {
  const territory = (await listTerritories(db)).find((candidate) => candidate.code === request.territoryCode);
  if (!territory) throw new AppError('NOT_FOUND', `Território "${request.territoryCode}" não encontrado.`);
  assertCanRead(reader, territory);
  const { rows } = await listAudit(db, {
    entity: 'valor',
    entityKey: valueKey({ indicatorCode: request.code, ...request }),
    limit: 200,
    offset: 0,
  });
  return rows;
}
