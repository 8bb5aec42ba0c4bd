import type { Db } from '../../server/db/client.ts';
import type { DataValueRow } from '../../server/db/repositories/data-value-repository.ts';
import { listIndicators } from '../../server/db/repositories/plan-repository.ts';
import { listTerritories } from '../../server/db/repositories/territory-repository.ts';

/** One raw value as a test writes it: real (not example), final (not provisional), source "teste". */
export function rawValue(
  indicatorCode: string,
  territoryCode: string,
  period: string,
  numerator: number,
  denominator: number | null,
): DataValueRow {
  return {
    indicatorCode,
    territoryCode,
    period,
    numerator,
    denominator,
    source: 'teste',
    isProvisional: false,
    isExample: false,
  };
}

/** The plan's indicators by code, as `saveDataValues` takes them. */
export async function indicatorsByCode(db: Db) {
  return new Map((await listIndicators(db)).map((indicator) => [indicator.code, indicator]));
}

/**
 * Zero (numerator and denominator) in `periods` for every município of Mato Grosso not in `except`
 * that exists that year: the rest of the state reported, with nothing to count. Sums do not change,
 * and each territory's reference month reaches the periods, as it does with a whole-state TabNet file.
 */
export async function restOfStateReportedZero(
  db: Db,
  indicatorCode: string,
  periods: readonly string[],
  except: readonly string[],
): Promise<DataValueRow[]> {
  const municipalities = (await listTerritories(db)).filter(
    (territory) => territory.level === 'municipality' && !except.includes(territory.code),
  );
  return periods.flatMap((period) =>
    municipalities
      .filter((municipality) => (municipality.installedYear ?? 0) <= Number(period.slice(0, 4)))
      .map((municipality) => rawValue(indicatorCode, municipality.code, period, 0, 0)),
  );
}
