import type { Periodicity } from './period.ts';

/** Which direction is better. DHIS2 calls it "direction"; the plan reads it from the goal's verb. */
export type Polarity = 'higher' | 'lower';

/**
 * How a year is formed from the periods of one município:
 * `sum` for events (admissions, deaths, births), `last` for stocks (population covered, beds,
 * municípios with a service), `average` for levels measured repeatedly.
 */
export type YearRule = 'sum' | 'last' | 'average';

/** `rate`: numerator / denominator × factor. `count`: a count or milestone, summed over territory. */
export type IndicatorKind = 'rate' | 'count';

/** The lowest territory where values are recorded. */
export type DataLevel = 'municipality' | 'macro' | 'state';

export type TerritoryLevel = 'state' | 'macro' | 'region' | 'municipality';

export type IndicatorRules = {
  kind: IndicatorKind;
  factor: number;
  polarity: Polarity;
  periodicity: Periodicity;
  dataLevel: DataLevel;
  numeratorRule: YearRule;
  denominatorRule: YearRule;
  tolerancePct: number;
  /** A proportion's numerator can never exceed its denominator. */
  isProportion: boolean;
};

export const TERRITORY_LEVELS: readonly TerritoryLevel[] = ['state', 'macro', 'region', 'municipality'];

const LEVEL_DEPTH: Record<TerritoryLevel, number> = { state: 0, macro: 1, region: 2, municipality: 3 };

/** Values recorded at `dataLevel` can be shown at `level` only at or above it. */
export function isLevelAvailable(dataLevel: DataLevel, level: TerritoryLevel): boolean {
  return LEVEL_DEPTH[level] <= LEVEL_DEPTH[dataLevel];
}

export const LEVEL_LABELS: Record<TerritoryLevel, string> = {
  state: 'estado',
  macro: 'macrorregião',
  region: 'região de saúde',
  municipality: 'município',
};

export const DATA_LEVEL_AS_TERRITORY: Record<DataLevel, TerritoryLevel> = {
  municipality: 'municipality',
  macro: 'macro',
  state: 'state',
};

/** The decimals a figure is shown with, on screen and in files: rates two, counts whole numbers. */
export function valueDecimals(kind: IndicatorKind): number {
  return kind === 'rate' ? 2 : 0;
}
