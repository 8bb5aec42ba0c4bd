import { compareText } from '../../../../shared/text.ts';
import type { IndicatorSheetData } from '../../lib/trpc.ts';

type SheetTarget = IndicatorSheetData['targets'][number];

export type TargetYearRow = { year: number; state: SheetTarget | null; territories: SheetTarget[] };

/** The plan's yearly targets by year: the state cell, then any per-territory cells (per macro). */
export function targetsByYear(targets: readonly SheetTarget[], stateCode: string): TargetYearRow[] {
  const years = [...new Set(targets.map((target) => target.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const ofYear = targets.filter((target) => target.year === year);
    return {
      year,
      state: ofYear.find((target) => target.territoryCode === stateCode) ?? null,
      territories: ofYear
        .filter((target) => target.territoryCode !== stateCode)
        .sort((a, b) => compareText(a.territoryName, b.territoryName)),
    };
  });
}
