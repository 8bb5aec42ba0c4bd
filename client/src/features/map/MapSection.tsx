import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  DATA_LEVEL_AS_TERRITORY,
  type DataLevel,
  type IndicatorKind,
  isLevelAvailable,
  type Polarity,
} from '../../../../shared/domain/indicator.ts';
import { territoryLabel } from '../../../../shared/domain/territory.ts';
import { compareText } from '../../../../shared/text.ts';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { ExampleDataBanner } from '../../components/ui/ExampleDataBanner.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { errorMessage } from '../../lib/errors.ts';
import type { Figure, MapTerritories, TerritoryNode } from '../../lib/trpc.ts';
import { indicatorPath, territoryPath, YEAR_PARAM } from '../../lib/url.ts';
import { formatValueWithUnit, hasExampleData, yearWindowNote } from '../indicators/figure-format.ts';
import { useIndicatorFigures } from '../indicators/use-indicator.ts';
import { type MapArea, MapChart } from './MapChart.tsx';
import { MapLegend } from './MapLegend.tsx';
import { MapTable } from './MapTable.tsx';
import { areaFillClass, rankableValues, valueClasses } from './map-colours.ts';
import { areaLabel, areaName, levelUnavailableMessage, mapTitle, missingPolygonNote } from './map-labels.ts';
import { type ColourMode, LEVEL_PICKER_LABELS, type MapLevel, withMapParam } from './map-params.ts';
import { mapOfWords } from './map-scope.ts';
import { useBoundaries, useMapGeometry } from './use-map.ts';

export type MapIndicator = {
  code: string;
  shortName: string;
  unit: string;
  kind: IndicatorKind;
  polarity: Polarity;
  dataLevel: DataLevel;
};

type MapSectionProps = {
  indicator: MapIndicator;
  level: MapLevel;
  colourMode: ColourMode;
  year: number;
  /** The map's territory: the state, or one macro or região drawn zoomed in. */
  territory: TerritoryNode;
  /** Inside the territory: the places drawn, and the municípios the boundary file has no polygon for. */
  places: MapTerritories['places'];
  unmapped: MapTerritories['unmapped'];
};

/** One indicator's figures of one year on the map of a territory, with legend, notes and table. */
export function MapSection({
  indicator,
  level,
  colourMode,
  year,
  territory,
  places,
  unmapped,
}: MapSectionProps) {
  const isAvailable = isLevelAvailable(indicator.dataLevel, level);
  // The map of a macro or região reads its own territories' figures only.
  const figures = useIndicatorFigures(indicator.code, level, year, {
    isEnabled: isAvailable,
    within: territory.level === 'state' ? undefined : territory.code,
  });
  const boundaries = useBoundaries();
  const geometry = useMapGeometry(boundaries.data, places, level, territory.level !== 'state');
  // The values of every place inside the territory, drawn or not (the table lists them all).
  const shownFigures = useMemo(() => {
    const codes = new Set([...places, ...unmapped].map((place) => place.code));
    return figures.data?.filter((figure) => codes.has(figure.territoryCode));
  }, [figures.data, places, unmapped]);
  const [searchParams] = useSearchParams();
  const title = mapTitle(indicator.shortName, level, year);

  if (!isAvailable) {
    const recorded = DATA_LEVEL_AS_TERRITORY[indicator.dataLevel];
    return (
      <Card title={title} data-testid="map-card">
        <p className="map-message" role="status">
          {levelUnavailableMessage(indicator.dataLevel, level)}
        </p>
        <p>
          {recorded === 'state' ? (
            <Link to={indicatorPath(indicator.code, { [YEAR_PARAM]: year })}>Ver o valor do estado</Link>
          ) : (
            <Link to={`?${withMapParam(searchParams, { level: recorded }).toString()}`}>
              Ver o mapa por {LEVEL_PICKER_LABELS[recorded].toLowerCase()}
            </Link>
          )}
        </p>
      </Card>
    );
  }
  if (figures.isError)
    return (
      <ErrorMessage
        title="Não foi possível carregar os valores do mapa"
        message={errorMessage(figures.error)}
      />
    );
  if (boundaries.isError)
    return (
      <ErrorMessage
        title="Não foi possível desenhar o mapa"
        message={
          boundaries.error instanceof Error ? boundaries.error.message : errorMessage(boundaries.error)
        }
      />
    );
  if (!shownFigures || !geometry) return <Loading what="o mapa" />;

  return (
    <>
      {hasExampleData(shownFigures) && <ExampleDataBanner />}
      <Card title={title} data-testid="map-card" className="map-card">
        <MapBody
          figures={shownFigures}
          projected={geometry}
          indicator={indicator}
          level={level}
          colourMode={colourMode}
          year={year}
          territory={territory}
          places={places}
          unmapped={unmapped}
          title={title}
        />
      </Card>
    </>
  );
}

type MapBodyProps = MapSectionProps & {
  figures: readonly Figure[];
  projected: NonNullable<ReturnType<typeof useMapGeometry>>;
  title: string;
};

function MapBody({
  figures,
  places,
  unmapped,
  projected,
  indicator,
  level,
  colourMode,
  year,
  territory,
  title,
}: MapBodyProps) {
  const byCode = useMemo(() => new Map(figures.map((figure) => [figure.territoryCode, figure])), [figures]);
  const names = useMemo(
    () => new Map(places.map((place) => [place.code, areaName(level, place.name)])),
    [places, level],
  );
  const classes = useMemo(
    () => valueClasses(rankableValues(figures), indicator.polarity),
    [figures, indicator.polarity],
  );
  const areas: (MapArea & { name: string })[] = projected.paths
    .map((path) => {
      const figure = byCode.get(path.code);
      const name = names.get(path.code) ?? path.code;
      return {
        code: path.code,
        d: path.d,
        name,
        label: areaLabel(name, figure, indicator),
        href: territoryPath(path.code, { [YEAR_PARAM]: year }),
        fillClass: areaFillClass(figure, colourMode, classes),
      };
    })
    // Tab goes through the areas in alphabetical order.
    .sort((a, b) => compareText(a.name, b.name));
  const yearNotes = yearWindowNote(figures);
  const outsideLabel =
    projected.outside === null
      ? null
      : territory.level === 'state'
        ? 'Fora do seu acesso'
        : `Fora ${mapOfWords(territoryLabel(territory), territory.level)}`;
  const polygonNote = missingPolygonNote(unmapped);

  return (
    <>
      <div className="map-layout">
        <MapChart
          title={`Mapa ${mapOfWords(territoryLabel(territory), territory.level)}: ${title}`}
          width={projected.width}
          height={projected.height}
          areas={areas}
          outside={projected.outside}
          renderReadout={(code) => {
            const area = code ? areas.find((candidate) => candidate.code === code) : undefined;
            const figure = code ? byCode.get(code) : undefined;
            if (!area)
              return (
                <p className="map__hint">
                  Aponte ou use Tab para ver cada território; clique ou Enter abre a página dele.
                </p>
              );
            return (
              <>
                <p className="map__readout-name">{area.name}</p>
                <p className="map__readout-figure">
                  <span className="map__readout-value">
                    {formatValueWithUnit(figure?.value ?? null, indicator.kind, indicator.unit)}
                  </span>
                  <StatusBadge status={figure?.status ?? 'no_data'} />
                </p>
                {figure && figure.target !== null && (
                  <p className="map__readout-target">
                    Meta: {formatValueWithUnit(figure.target, indicator.kind, indicator.unit)}
                  </p>
                )}
              </>
            );
          }}
        />
        <div className="map-layout__side">
          <MapLegend
            mode={colourMode}
            classes={classes}
            indicator={indicator}
            hasMissingValues={areas.some((area) => area.fillClass === 'map-fill--no_data')}
            hasSmallNumbers={areas.some((area) => area.fillClass === 'map-fill--small_number')}
            outsideLabel={outsideLabel}
          />
          {areas.length === 0 && (
            <p className="map-message" role="status">
              Nenhum território deste nível está no seu acesso: escolha outro nível.
            </p>
          )}
          {projected.outside !== null && areas.length > 0 && (
            <p className="note">
              {territory.level === 'state'
                ? 'O resto do estado, fora do seu acesso, aparece em cinza, sem dados.'
                : `Em volta ${mapOfWords(territoryLabel(territory), territory.level)}, o resto do estado aparece em cinza.`}
            </p>
          )}
          {yearNotes && <p className="note">{`${year}: ${yearNotes}.`}</p>}
        </div>
      </div>
      {polygonNote && <p className="note map-note">{polygonNote}</p>}
      <MapTable figures={figures} indicator={indicator} level={level} year={year} />
    </>
  );
}
