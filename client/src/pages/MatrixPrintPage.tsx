import { Fragment } from 'react';
import { ErrorMessage } from '../components/ui/ErrorMessage.tsx';
import { FiguresPrintDocument } from '../components/ui/FiguresPrintDocument.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { PrintSheet } from '../components/ui/PrintSheet.tsx';
import { MatrixLegend } from '../features/matrix/MatrixLegend.tsx';
import { MatrixTable } from '../features/matrix/MatrixTable.tsx';
import { LEVEL_WORDS, scopeProblem, scopeSearch, scopeTitle } from '../features/matrix/matrix-scope.ts';
import { splitColumns } from '../features/matrix/matrix-shape.ts';
import { useMatrix, useMatrixScope } from '../features/matrix/use-matrix.ts';
import { useYearParam } from '../features/period/use-year-param.ts';
import { usePageTitle } from '../layout/use-page-title.ts';
import { errorMessage } from '../lib/errors.ts';
import { pathWithSearch, YEAR_PARAM } from '../lib/url.ts';

/**
 * Territory columns on one landscape A4 sheet beside the indicator and the state: eight columns of
 * ~2 cm keep a value and its status symbol on one line. A região with more municípios prints in
 * parts, each with the indicator names and the state again, rather than a type too small to read.
 */
const COLUMNS_PER_PART = 8;

/** The matriz on landscape A4, outside the app's layout: the same grid as the page, in parts if wide. */
export function MatrixPrintPage() {
  const { year, input } = useYearParam();
  const { scope, byCode, isPending } = useMatrixScope();
  const { scorecard, levelFigures, matrix, isExample } = useMatrix(scope, input, byCode);
  usePageTitle(year === null ? 'Matriz para imprimir' : `Matriz ${year} para imprimir`);
  const problem = isPending ? null : scopeProblem(scope, byCode);
  const error = scorecard.error ?? levelFigures.error;
  const words = LEVEL_WORDS[scope.level];
  const parts = matrix ? splitColumns(matrix, COLUMNS_PER_PART) : [];

  return (
    <PrintSheet
      name="Matriz"
      isReady={matrix !== undefined && !problem}
      back={{
        to: pathWithSearch('/matriz', { [YEAR_PARAM]: year, ...scopeSearch(scope) }),
        label: 'Voltar à matriz',
      }}
      hint="A4 deitado. Na janela de impressão, escolha “Salvar como PDF” para gerar o arquivo."
    >
      {problem || error ? (
        <ErrorMessage
          isPageTitle
          title="Não foi possível montar a matriz"
          message={problem ?? errorMessage(error)}
        />
      ) : !matrix || isPending || scorecard.data === undefined ? (
        <Loading what="a matriz" />
      ) : (
        <FiguresPrintDocument
          title={`Matriz de indicadores — ${scorecard.data.year}`}
          year={scorecard.data.year}
          territory={`${scopeTitle(scope, byCode)}, com o estado para comparar`}
          generatedAt={Math.max(scorecard.dataUpdatedAt, levelFigures.dataUpdatedAt)}
          isExample={isExample}
          isLandscape
          legend={<MatrixLegend />}
        >
          {matrix.columns.length === 0 ? (
            <p className="note">Nenhum território deste nível está no seu acesso.</p>
          ) : (
            parts.map((part, index) => (
              <Fragment key={part.columns[0]?.code}>
                {parts.length > 1 && (
                  <h2 className="matrix-print__part">
                    Parte {index + 1} de {parts.length}: {words.columns} {index * COLUMNS_PER_PART + 1} a{' '}
                    {index * COLUMNS_PER_PART + part.columns.length} de {matrix.columns.length}
                  </h2>
                )}
                <MatrixTable
                  matrix={part}
                  scope={scope}
                  year={scorecard.data.year}
                  columnsWord={words.columns}
                />
              </Fragment>
            ))
          )}
        </FiguresPrintDocument>
      )}
    </PrintSheet>
  );
}
