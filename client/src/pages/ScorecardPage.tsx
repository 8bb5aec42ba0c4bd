import { DownloadLink } from '../components/ui/DownloadXlsxLink.tsx';
import { ExampleDataBanner } from '../components/ui/ExampleDataBanner.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { PrintLink } from '../components/ui/PrintLink.tsx';
import { StatusLegend } from '../components/ui/StatusLegend.tsx';
import { useYearParam } from '../features/period/use-year-param.ts';
import { ScorecardTable } from '../features/scorecard/ScorecardTable.tsx';
import { scorecardFilePath, scorecardPrintPath } from '../features/scorecard/scorecard-exports.ts';
import { isExampleScorecard, useStateScorecard } from '../features/scorecard/use-scorecard.ts';
import { PageError } from '../layout/PageError.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';

export function ScorecardPage() {
  const { year, input } = useYearParam();
  const scorecard = useStateScorecard(input);
  usePageTitle(year === null ? 'Painel' : `Painel ${year}`);

  const isExample = scorecard.data ? isExampleScorecard(scorecard.data) : false;

  return (
    <>
      <div className="page-heading">
        <h1>Painel do estado{year !== null && ` — ${year}`}</h1>
        <p className="page-heading__lead">
          Indicadores e metas do Plano Estratégico 2024–2027 da SAS para Mato Grosso, agrupados por objetivo
          estratégico. Clique em um indicador para ver a série, as macrorregiões, as regiões e os municípios.
        </p>
      </div>
      {scorecard.isError ? (
        <PageError error={scorecard.error} what="o painel" isYearInvalid={year === null} />
      ) : scorecard.isPending ? (
        <Loading what="o painel" />
      ) : (
        <>
          {isExample && <ExampleDataBanner />}
          <StatusLegend />
          <div className="page-actions">
            <DownloadLink href={scorecardFilePath(scorecard.data.year, 'csv')} label="Baixar CSV" />
            <DownloadLink href={scorecardFilePath(scorecard.data.year, 'xlsx')} label="Baixar XLSX" />
            <PrintLink to={scorecardPrintPath(scorecard.data.year)} />
          </div>
          <ScorecardTable scorecard={scorecard.data} hasExampleData={isExample} />
        </>
      )}
    </>
  );
}
