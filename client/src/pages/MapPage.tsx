import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { homeTerritoryCode } from '../../../shared/domain/home.ts';
import { territoryLabel } from '../../../shared/domain/territory.ts';
import { ErrorMessage } from '../components/ui/ErrorMessage.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { useCurrentUser } from '../features/auth/use-current-user.ts';
import { MapControls } from '../features/map/MapControls.tsx';
import { MapSection } from '../features/map/MapSection.tsx';
import { type MapParamChange, readMapParams, withMapParam } from '../features/map/map-params.ts';
import { defaultMapLevel, mapOfWords, mapTerritoryCode } from '../features/map/map-scope.ts';
import { useMapTerritories } from '../features/map/use-map.ts';
import { useYearParam } from '../features/period/use-year-param.ts';
import { useStateScorecard } from '../features/scorecard/use-scorecard.ts';
import { PageError } from '../layout/PageError.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';

export function MapPage() {
  const { year, input } = useYearParam();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readMapParams(searchParams);
  const user = useCurrentUser();
  // A link that names a territory shows it; without one, a gestor regional opens on their own.
  const territoryCode = mapTerritoryCode(
    params.territoryCode,
    user.data ? homeTerritoryCode(user.data) : null,
  );
  const territories = useMapTerritories(territoryCode);
  const territory = territories.data?.territory;
  const level = params.level ?? defaultMapLevel(territory?.level ?? 'state');
  // The plan's indicators in the order of the Painel, grouped by objective.
  const scorecard = useStateScorecard(input);
  const rows = scorecard.data?.groups.flatMap((group) => group.rows) ?? [];
  // Without `?indicador=`, the first indicator that has values below the state.
  const indicator =
    params.indicatorCode === null
      ? (rows.find((row) => row.dataLevel !== 'state') ?? rows[0])
      : rows.find((row) => row.code === params.indicatorCode);
  usePageTitle(indicator ? `Mapa · ${indicator.shortName}` : 'Mapa');

  const change = useCallback(
    (next: MapParamChange) => setSearchParams((current) => withMapParam(current, next)),
    [setSearchParams],
  );

  return (
    <>
      <div className="page-heading">
        <h1>
          Mapa{territory ? ` ${mapOfWords(territoryLabel(territory), territory.level)}` : ''}
          {year !== null && ` — ${year}`}
        </h1>
        <p className="page-heading__lead">
          Um indicador do plano por macrorregião, região de saúde ou município, colorido pela situação frente
          à meta (as mesmas cores do Painel) ou pelo valor. O ano é o do seletor no alto da página.
        </p>
      </div>
      {scorecard.isError || territories.isError ? (
        <PageError
          error={scorecard.error ?? territories.error}
          what="os indicadores"
          isYearInvalid={year === null}
        />
      ) : scorecard.isPending || territories.isPending || user.isPending || year === null ? (
        <Loading what="os indicadores" />
      ) : (
        <>
          <MapControls
            groups={scorecard.data.groups}
            indicatorCode={indicator?.code ?? ''}
            mappable={territories.data.mappable}
            territoryCode={territoryCode}
            level={level}
            colourMode={params.colourMode}
            onChange={change}
          />
          {/* Another territory's answer on its way: the map shown is the previous one. */}
          <div
            className={territories.isPlaceholderData ? 'is-stale' : undefined}
            aria-busy={territories.isPlaceholderData}
          >
            {!territory ? (
              <ErrorMessage
                title="Território fora do mapa"
                message={`O território "${territoryCode}" não existe ou não está no seu acesso. Escolha um território na lista.`}
              />
            ) : indicator ? (
              <MapSection
                indicator={indicator}
                level={level}
                colourMode={params.colourMode}
                year={year}
                territory={territory}
                places={territories.data.places}
                unmapped={territories.data.unmapped}
              />
            ) : (
              <ErrorMessage
                title="Indicador não encontrado"
                message={`O plano não tem o indicador "${params.indicatorCode ?? ''}". Escolha um indicador na lista.`}
              />
            )}
          </div>
        </>
      )}
    </>
  );
}
