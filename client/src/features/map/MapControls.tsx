import { useId } from 'react';
import type { TerritoryLevel } from '../../../../shared/domain/indicator.ts';
import { territoryLabel } from '../../../../shared/domain/territory.ts';
import { compareText } from '../../../../shared/text.ts';
import type { TerritoryNode } from '../../lib/trpc.ts';
import { objectiveNumberLabel } from '../scorecard/objective-heading.ts';
import {
  COLOUR_WORDS,
  type ColourMode,
  LEVEL_PICKER_LABELS,
  MAP_LEVELS,
  type MapLevel,
  type MapParamChange,
} from './map-params.ts';

/** The picker's territories: the state, then macros and regiões, each by name (a national base has 570). */
const TERRITORY_GROUPS: { level: TerritoryLevel; label: string | null }[] = [
  { level: 'state', label: null },
  { level: 'macro', label: 'Macrorregiões' },
  { level: 'region', label: 'Regiões de saúde' },
];

export type IndicatorGroup = {
  objective: { code: string; name: string };
  rows: readonly { code: string; shortName: string }[];
};

type MapControlsProps = {
  groups: readonly IndicatorGroup[];
  indicatorCode: string;
  /** What can be a map of its own: the state, macros and regiões the reader may open. */
  mappable: readonly TerritoryNode[];
  territoryCode: string;
  level: MapLevel;
  colourMode: ColourMode;
  onChange: (change: MapParamChange) => void;
};

const COLOUR_LABELS: Record<ColourMode, string> = { status: 'Situação', value: 'Valor' };

/**
 * What the map shows: indicator (by objective, as on the Painel), territory, level and colouring. The
 * year is in the header.
 */
export function MapControls({
  groups,
  indicatorCode,
  mappable,
  territoryCode,
  level,
  colourMode,
  onChange,
}: MapControlsProps) {
  const indicatorId = useId();
  const territoryId = useId();
  const levelId = useId();
  return (
    <form className="map-controls" onSubmit={(event) => event.preventDefault()}>
      <div className="map-controls__field map-controls__field--wide">
        <label htmlFor={indicatorId}>Indicador</label>
        <select
          id={indicatorId}
          value={indicatorCode}
          onChange={(event) => onChange({ indicatorCode: event.target.value })}
        >
          {indicatorCode === '' && (
            <option value="" disabled>
              Escolha um indicador
            </option>
          )}
          {groups.map((group) => (
            <optgroup
              key={group.objective.code}
              label={[objectiveNumberLabel(group.objective.code), group.objective.name]
                .filter(Boolean)
                .join(' — ')}
            >
              {group.rows.map((row) => (
                <option key={row.code} value={row.code}>
                  {row.code} — {row.shortName}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="map-controls__field">
        <label htmlFor={territoryId}>Território</label>
        <select
          id={territoryId}
          value={territoryCode}
          onChange={(event) => onChange({ territoryCode: event.target.value })}
        >
          {/* An address naming no territory of the list: the reader picks one (the state too). */}
          {!mappable.some((place) => place.code === territoryCode) && (
            <option value={territoryCode} disabled>
              Escolha um território
            </option>
          )}
          {TERRITORY_GROUPS.map(({ level, label }) => {
            const options = mappable
              .filter((place) => place.level === level)
              .map((place) => ({ code: place.code, label: territoryLabel(place) }))
              .sort((a, b) => compareText(a.label, b.label))
              .map((place) => (
                <option key={place.code} value={place.code}>
                  {place.label}
                </option>
              ));
            if (options.length === 0) return null;
            return label === null ? (
              options
            ) : (
              <optgroup key={level} label={label}>
                {options}
              </optgroup>
            );
          })}
        </select>
      </div>
      <div className="map-controls__field">
        <label htmlFor={levelId}>Nível</label>
        <select
          id={levelId}
          value={level}
          onChange={(event) => {
            const next = MAP_LEVELS.find((option) => option === event.target.value);
            if (next) onChange({ level: next });
          }}
        >
          {MAP_LEVELS.map((option) => (
            <option key={option} value={option}>
              {LEVEL_PICKER_LABELS[option]}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="map-controls__choice">
        <legend>Colorir por</legend>
        {(Object.keys(COLOUR_WORDS) as ColourMode[]).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="cor"
              value={mode}
              checked={colourMode === mode}
              onChange={() => onChange({ colourMode: mode })}
            />{' '}
            {COLOUR_LABELS[mode]}
          </label>
        ))}
      </fieldset>
    </form>
  );
}
