/** The map's choices live in the URL (`/mapa?indicador=713&nivel=macro&cor=situacao&ano=2025`). */
import type { TerritoryLevel } from '../../../../shared/domain/indicator.ts';
import { TERRITORY_PARAM } from '../../lib/url.ts';

export const INDICATOR_PARAM = 'indicador';
export const LEVEL_PARAM = 'nivel';
export const COLOUR_PARAM = 'cor';

/** The levels a map of Mato Grosso can be drawn at (the state is the whole map). */
export type MapLevel = Exclude<TerritoryLevel, 'state'>;
export type ColourMode = 'status' | 'value';

export const MAP_LEVELS: readonly MapLevel[] = ['macro', 'region', 'municipality'];

/** What the URL says for each level, in Portuguese without accents. */
export const LEVEL_WORDS: Record<MapLevel, string> = {
  macro: 'macro',
  region: 'regiao',
  municipality: 'municipio',
};

export const COLOUR_WORDS: Record<ColourMode, string> = { status: 'situacao', value: 'valor' };

export const LEVEL_PICKER_LABELS: Record<MapLevel, string> = {
  macro: 'Macrorregião',
  region: 'Região de saúde',
  municipality: 'Município',
};

export type MapParams = {
  /** Null: the URL names no indicator, the page takes the first one it can draw. */
  indicatorCode: string | null;
  /** Null: the URL names no level (or an unknown one); the territory's own applies (map-scope.ts). */
  level: MapLevel | null;
  colourMode: ColourMode;
  /** Null: the URL names no territory; the reader's own, or the state (map-scope.ts). */
  territoryCode: string | null;
};

function wordToKey<K extends string, F>(words: Record<K, string>, word: string | null, fallback: F): K | F {
  const normalized = word?.trim().toLowerCase();
  const found = (Object.keys(words) as K[]).find((key) => words[key] === normalized);
  return found ?? fallback;
}

/** An unknown `nivel` or `cor` falls back to the territory's level and situação: the map is never empty for it. */
export function readMapParams(search: URLSearchParams): MapParams {
  return {
    indicatorCode: search.get(INDICATOR_PARAM)?.trim() || null,
    level: wordToKey(LEVEL_WORDS, search.get(LEVEL_PARAM), null),
    colourMode: wordToKey(COLOUR_WORDS, search.get(COLOUR_PARAM), 'status'),
    territoryCode: search.get(TERRITORY_PARAM)?.trim() || null,
  };
}

export type MapParamChange =
  | { indicatorCode: string }
  | { level: MapLevel }
  | { colourMode: ColourMode }
  | { territoryCode: string };

/** The URL's search after one choice changed; every other filter (the year, too) is kept. */
export function withMapParam(search: URLSearchParams, change: MapParamChange): URLSearchParams {
  const next = new URLSearchParams(search);
  if ('indicatorCode' in change) next.set(INDICATOR_PARAM, change.indicatorCode);
  if ('level' in change) next.set(LEVEL_PARAM, LEVEL_WORDS[change.level]);
  if ('colourMode' in change) next.set(COLOUR_PARAM, COLOUR_WORDS[change.colourMode]);
  if ('territoryCode' in change) next.set(TERRITORY_PARAM, change.territoryCode);
  return next;
}
