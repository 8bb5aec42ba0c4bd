import type { DataValueRow } from '../../server/db/repositories/data-value-repository.ts';

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
