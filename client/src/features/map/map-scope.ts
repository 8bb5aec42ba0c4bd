/**
 * Which part of Mato Grosso the map shows (`?territorio=`): the whole state, or one macrorregião or
 * região with its own areas, zoomed in. Without it in the URL, a gestor regional's map opens on their
 * own territory (issue 17, item 3); a link that names one shows that one.
 */
import type { TerritoryLevel } from '../../../../shared/domain/indicator.ts';
import { STATE_CODE } from '../../../../shared/domain/territory.ts';
import type { MapLevel } from './map-params.ts';

/** The territory in the URL, else the reader's own (`homeTerritoryCode`), else the state. */
export function mapTerritoryCode(inUrl: string | null, readerTerritory: string | null): string {
  return inUrl ?? readerTerritory ?? STATE_CODE;
}

/** The level a territory's map is drawn at when the URL names none: the one just below it. */
export function defaultMapLevel(territoryLevel: TerritoryLevel): MapLevel {
  if (territoryLevel === 'state') return 'macro';
  return territoryLevel === 'macro' ? 'region' : 'municipality';
}

/** "de Mato Grosso", "da Macrorregião Norte", "da Região Alto Tapajós": both words are feminine. */
export function mapOfWords(label: string, level: TerritoryLevel): string {
  return level === 'state' ? `de ${label}` : `da ${label}`;
}
