import { useCallback } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { homeTerritoryCode } from '../../../shared/domain/home.ts';
import { levelOfCode, STATE_CODE } from '../../../shared/domain/territory.ts';
import { ExampleDataBanner } from '../components/ui/ExampleDataBanner.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { ContributionCard } from '../features/analysis/ContributionCard.tsx';
import { useCurrentUser } from '../features/auth/use-current-user.ts';
import { DataCheckCard } from '../features/data-cycle/DataCheckCard.tsx';
import { DataClosuresCard } from '../features/data-cycle/DataClosuresCard.tsx';
import { AnalysisCard } from '../features/indicator-analysis/AnalysisCard.tsx';
import { IndicatorActionsCard } from '../features/indicator-analysis/IndicatorActionsCard.tsx';
import { BreakdownSection } from '../features/indicators/BreakdownSection.tsx';
import { FigureCard } from '../features/indicators/FigureCard.tsx';
import { hasExampleData } from '../features/indicators/figure-format.ts';
import { IndicatorHeading } from '../features/indicators/IndicatorHeading.tsx';
import { IndicatorSheet } from '../features/indicators/IndicatorSheet.tsx';
import { MunicipalityTable } from '../features/indicators/MunicipalityTable.tsx';
import { TrendSection } from '../features/indicators/TrendSection.tsx';
import { UpdateGuide } from '../features/indicators/UpdateGuide.tsx';
import {
  useIndicatorFigures,
  useIndicatorSeries,
  useIndicatorSheet,
} from '../features/indicators/use-indicator.ts';
import { useYearParam } from '../features/period/use-year-param.ts';
import { PageError } from '../layout/PageError.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { TERRITORY_PARAM } from '../lib/url.ts';

export function IndicatorPage() {
  const { code = '' } = useParams();
  const { year, input } = useYearParam();
  const [searchParams, setSearchParams] = useSearchParams();
  const sheet = useIndicatorSheet(code);
  const currentUser = useCurrentUser();
  // A link that names a territory shows it (the state too, `territorio=51`); without one, a gestor
  // regional reads their own territory — its figure, its trend and who explains its distance.
  // An indicator with no values at that territory's level (one recorded for the state) opens on the state.
  const homeCode = currentUser.data ? homeTerritoryCode(currentUser.data) : null;
  const homeLevel = homeCode ? levelOfCode(homeCode) : null;
  const readerTerritory =
    homeCode && (!sheet.data || (homeLevel && sheet.data.availableLevels.includes(homeLevel)))
      ? homeCode
      : null;
  const territoryCode = searchParams.get(TERRITORY_PARAM) ?? readerTerritory;
  // Asked at once, beside the sheet: the page does not wait for one to ask for the other.
  const stateFigures = useIndicatorFigures(code, 'state', input);
  // The same query the trend chart makes: the chosen territory's figure for the summary card.
  const territorySeries = useIndicatorSeries(code, territoryCode);
  usePageTitle(sheet.data ? `${sheet.data.indicator.code} · ${sheet.data.indicator.shortName}` : 'Indicador');

  const setTerritory = useCallback(
    (next: string | null) =>
      setSearchParams((current) => {
        const params = new URLSearchParams(current);
        // The state is said out loud for a reader whose page would otherwise open on their own territory.
        const inUrl = next ?? (readerTerritory ? STATE_CODE : null);
        if (inUrl) params.set(TERRITORY_PARAM, inUrl);
        else params.delete(TERRITORY_PARAM);
        return params;
      }),
    [setSearchParams, readerTerritory],
  );

  if (sheet.isError)
    return (
      <PageError
        error={sheet.error}
        what="o indicador"
        notFoundTitle="Indicador não encontrado"
        isWholePage
      />
    );
  if (sheet.isPending) return <Loading what="o indicador" />;
  if (stateFigures.isError)
    return (
      <>
        <IndicatorHeading sheet={sheet.data} />
        <PageError error={stateFigures.error} what="os valores do indicador" isYearInvalid={year === null} />
      </>
    );

  const { indicator, availableLevels } = sheet.data;
  const isExample = hasExampleData(stateFigures.data ?? []);
  const territoryFigure = territoryCode
    ? territorySeries.data?.find((figure) => figure.year === year)
    : undefined;
  // The chosen territory (the state without one), as its own series names it.
  const chosenFigure = territorySeries.data?.[0];
  const chosenTerritory = chosenFigure && {
    code: chosenFigure.territoryCode,
    name: chosenFigure.territoryName,
    level: chosenFigure.level,
  };
  // Cases only mean something for a rate recorded by município, above the município.
  const hasContribution =
    indicator.kind === 'rate' &&
    indicator.dataLevel === 'municipality' &&
    chosenTerritory !== undefined &&
    chosenTerritory.level !== 'municipality';

  return (
    <>
      <IndicatorHeading sheet={sheet.data} />
      {isExample && <ExampleDataBanner />}
      {year !== null && (
        <FigureCard
          indicator={indicator}
          year={year}
          territoryName={territoryCode ? (chosenTerritory?.name ?? territoryCode) : 'Mato Grosso'}
          figure={territoryCode ? territoryFigure : stateFigures.data?.[0]}
          isPending={territoryCode ? territorySeries.isPending : stateFigures.isPending}
          hasExampleData={isExample}
        />
      )}
      {year !== null && hasContribution && chosenTerritory && (
        <ContributionCard
          indicator={indicator}
          territoryCode={chosenTerritory.code}
          territoryName={chosenTerritory.name}
          year={year}
        />
      )}
      {/* Below the first screen: drawn as it scrolls near (styles.css, .below-first-screen). */}
      <div className="below-first-screen">
        {/* The state's analysis, or the chosen macro's (a macro may have its own). */}
        <AnalysisCard
          code={indicator.code}
          territory={
            chosenTerritory?.level === 'macro' ? chosenTerritory : { code: STATE_CODE, name: 'Mato Grosso' }
          }
        />
        <IndicatorActionsCard code={indicator.code} />
        <TrendSection sheet={sheet.data} territoryCode={territoryCode} onTerritoryChange={setTerritory} />
        {year !== null && availableLevels.includes('macro') && (
          <BreakdownSection indicator={indicator} level="macro" year={year} />
        )}
        {year !== null && availableLevels.includes('region') && (
          <BreakdownSection indicator={indicator} level="region" year={year} />
        )}
        {year !== null && availableLevels.includes('municipality') && (
          <MunicipalityTable indicator={indicator} year={year} />
        )}
        {availableLevels.length === 1 && (
          <p className="note">
            Este indicador é registrado apenas para o estado: não há valores por macrorregião, região ou
            município.
          </p>
        )}
        <DataCheckCard code={indicator.code} />
        <DataClosuresCard canReopen={currentUser.data?.role === 'admin'} />
        <IndicatorSheet sheet={sheet.data} />
        {sheet.data.updateGuide && (
          <UpdateGuide
            guide={sheet.data.updateGuide}
            updatedBy={
              sheet.data.coordination
                ? `${sheet.data.coordination.name} (${sheet.data.coordination.code})`
                : sheet.data.indicator.coordinationCode
            }
          />
        )}
      </div>
    </>
  );
}
