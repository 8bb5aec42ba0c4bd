import type { Db } from '../../server/db/client.ts';
import type { DataValueRow } from '../../server/db/repositories/data-value-repository.ts';
import { listIndicators } from '../../server/db/repositories/plan-repository.ts';

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
