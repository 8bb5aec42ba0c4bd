import { ErrorMessage } from '../components/ui/ErrorMessage.tsx';
import { FiguresPrintDocument } from '../components/ui/FiguresPrintDocument.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { PrintSheet } from '../components/ui/PrintSheet.tsx';
import { useYearParam } from '../features/period/use-year-param.ts';
import { ScorecardTable } from '../features/scorecard/ScorecardTable.tsx';
import { isExampleScorecard, useStateScorecard } from '../features/scorecard/use-scorecard.ts';
import { usePageTitle } from '../layout/use-page-title.ts';
import { errorMessage } from '../lib/errors.ts';
import { pathWithSearch, YEAR_PARAM } from '../lib/url.ts';

/** The Painel on A4, outside the app's layout: the same table as the page, under a printed heading. */
export function ScorecardPrintPage() {
  const { year, input } = useYearParam();
  const scorecard = useStateScorecard(input);
  usePageTitle(year === null ? 'Painel para imprimir' : `Painel ${year} para imprimir`);
  const isExample = scorecard.data ? isExampleScorecard(scorecard.data) : false;

  return (
    <PrintSheet
      name="Painel"
      isReady={scorecard.isSuccess}
      back={{ to: pathWithSearch('/', { [YEAR_PARAM]: year }), label: 'Voltar ao painel' }}
    >
      {scorecard.isError ? (
        <ErrorMessage
          isPageTitle
          title="Não foi possível carregar o painel"
          message={errorMessage(scorecard.error)}
        />
      ) : scorecard.isPending ? (
        <Loading what="o painel" />
      ) : (
        <FiguresPrintDocument
          title={`Painel do estado — ${scorecard.data.year}`}
          year={scorecard.data.year}
          territory="Mato Grosso (estado)"
          generatedAt={scorecard.dataUpdatedAt}
          isExample={isExample}
        >
          <ScorecardTable scorecard={scorecard.data} hasExampleData={isExample} />
        </FiguresPrintDocument>
      )}
    </PrintSheet>
  );
}
