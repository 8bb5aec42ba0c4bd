/** What the map says in words: the name and figure of each area, the legend notes, the messages. */
import {
  DATA_LEVEL_AS_TERRITORY,
  type DataLevel,
  type IndicatorKind,
  LEVEL_LABELS,
  type Polarity,
} from '../../../../shared/domain/indicator.ts';
import { STATUS_LABELS, type Status } from '../../../../shared/domain/status.ts';
import { formatFixed, formatPeriod } from '../../../../shared/format.ts';
import { formatValue, formatValueWithUnit } from '../indicators/figure-format.ts';
import type { ValueClass } from './map-colours.ts';
import type { MapLevel } from './map-params.ts';

type ShownIndicator = { kind: IndicatorKind; unit: string };

/** Região names are bare in the territory table ("Baixada Cuiabana" is also a macro's short name). */
export function areaName(level: MapLevel, name: string): string {
  return level === 'region' ? `Região de Saúde ${name}` : name;
}

/** "Macrorregião Norte: 18,20 % — Meta não atingida": the link's accessible name and the readout. */
export function areaLabel(
  name: string,
  figure:
    | { value: number | null; status: Status; isPartial?: boolean; partialThrough?: string | null }
    | undefined,
  indicator: ShownIndicator,
): string {
  if (!figure || figure.value === null) return `${name}: sem dados`;
  // Each territory counts up to its own reference month: the readout says which.
  const through =
    figure.isPartial && figure.partialThrough ? ` (até ${formatPeriod(figure.partialThrough)})` : '';
  return `${name}: ${formatValueWithUnit(figure.value, indicator.kind, indicator.unit)} — ${STATUS_LABELS[figure.status]}${through}`;
}

/** The map's heading: "ICSAPS por macrorregião — 2025". */
export function mapTitle(shortName: string, level: MapLevel, year: number): string {
  return `${shortName} por ${LEVEL_LABELS[level]} — ${year}`;
}

/** Said instead of the map when the indicator is not recorded down to `level` (as on the indicator page). */
export function levelUnavailableMessage(dataLevel: DataLevel, level: MapLevel): string {
  if (dataLevel === 'state')
    return 'Este indicador é registrado apenas para o estado: não há valores por macrorregião, região ou município para colorir o mapa.';
  const recorded = LEVEL_LABELS[DATA_LEVEL_AS_TERRITORY[dataLevel]];
  return `Este indicador é registrado por ${recorded}: não há valores por ${LEVEL_LABELS[level]}. Escolha o nível ${recorded}.`;
}

/** The legend says which way is worse, since the darker end flips with the indicator. */
export function valueLegendNote(polarity: Polarity): string {
  return polarity === 'higher'
    ? 'Quanto maior, melhor: cores mais escuras são os valores mais baixos (piores).'
    : 'Quanto menor, melhor: cores mais escuras são os valores mais altos (piores).';
}

/** "12,30 a 15,80", or one number when the class holds one value. */
export function classRangeLabel(valueClass: Pick<ValueClass, 'min' | 'max'>, kind: IndicatorKind): string {
  const min = formatValue(valueClass.min, kind);
  const max = formatValue(valueClass.max, kind);
  return min === max ? min : `${min} a ${max}`;
}

/** Municípios the note names one by one; past them it counts (a base beyond Mato Grosso has thousands). */
const NAMED_WITHOUT_POLYGON = 10;

/** The note under the map for municípios the boundary file has no polygon for (installed after it). */
export function missingPolygonNote(
  municipalities: readonly { name: string; installedYear: number | null }[],
): string | null {
  if (municipalities.length === 0) return null;
  const names = municipalities
    .slice(0, NAMED_WITHOUT_POLYGON)
    .map(({ name, installedYear }) =>
      installedYear === null ? name : `${name} (instalado em ${installedYear})`,
    );
  const more = municipalities.length - names.length;
  const list =
    more > 0
      ? `${names.join(', ')} e mais ${formatFixed(more, 0)} municípios`
      : names.length === 1
        ? names[0]
        : `${names.slice(0, -1).join(', ')} e ${names[names.length - 1]}`;
  return municipalities.length === 1
    ? `${list} ainda não tem polígono na malha usada; seus valores entram na região e na macrorregião.`
    : `${list} ainda não têm polígono na malha usada; seus valores entram na região e na macrorregião.`;
}
