import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '../components/ui/ErrorMessage.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { MapControls } from '../features/map/MapControls.tsx';
import { MapSection } from '../features/map/MapSection.tsx';
import { type MapParamChange, readMapParams, withMapParam } from '../features/map/map-params.ts';
import { useYearParam } from '../features/period/use-year-param.ts';
import { useStateScorecard } from '../features/scorecard/use-scorecard.ts';
import { PageError } from '../layout/PageError.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';

export function MapPage() {
  const { year, input } = useYearParam();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readMapParams(searchParams);
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
        <h1>Mapa de Mato Grosso{year !== null && ` — ${year}`}</h1>
        <p className="page-heading__lead">
          Um indicador do plano por macrorregião, região de saúde ou município, colorido pela situação frente
          à meta (as mesmas cores do Painel) ou pelo valor. O ano é o do seletor no alto da página.
        </p>
      </div>
      {scorecard.isError ? (
        <PageError error={scorecard.error} what="os indicadores" isYearInvalid={year === null} />
      ) : scorecard.isPending || year === null ? (
        <Loading what="os indicadores" />
      ) : (
        <>
          <MapControls
            groups={scorecard.data.groups}
            indicatorCode={indicator?.code ?? ''}
            level={params.level}
            colourMode={params.colourMode}
            onChange={change}
          />
          {indicator ? (
            <MapSection
              indicator={indicator}
              level={params.level}
              colourMode={params.colourMode}
              year={year}
            />
          ) : (
            <ErrorMessage
              title="Indicador não encontrado"
              message={`O plano não tem o indicador "${params.indicatorCode ?? ''}". Escolha um indicador na lista.`}
            />
          )}
        </>
      )}
    </>
  );
}
