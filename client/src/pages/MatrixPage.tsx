import { Link } from 'react-router';
import { DownloadLink } from '../components/ui/DownloadXlsxLink.tsx';
import { ErrorMessage } from '../components/ui/ErrorMessage.tsx';
import { ExampleDataBanner } from '../components/ui/ExampleDataBanner.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { PrintLink } from '../components/ui/PrintLink.tsx';
import { MatrixLegend } from '../features/matrix/MatrixLegend.tsx';
import { MatrixTable } from '../features/matrix/MatrixTable.tsx';
import {
  LEVEL_WORDS,
  MACRO_PARAM,
  type MatrixScope,
  matrixIntro,
  matrixPrintPath,
  scopeProblem,
} from '../features/matrix/matrix-scope.ts';
import { useMatrix, useMatrixScope } from '../features/matrix/use-matrix.ts';
import { useYearParam } from '../features/period/use-year-param.ts';
import { PageError } from '../layout/PageError.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { errorMessage } from '../lib/errors.ts';
import type { TerritoryNode } from '../lib/trpc.ts';
import { PRINT_PARAM, pathWithSearch, YEAR_PARAM } from '../lib/url.ts';

/** The matriz's CSV or XLSX: each indicator in Mato Grosso, then in the territories of the columns. */
function downloadPath(
  year: number,
  level: string,
  territoryCode: string | undefined,
  format: 'csv' | 'xlsx',
) {
  return pathWithSearch('/api/v1/matrix', { year, level, territory: territoryCode, format });
}

export function MatrixPage() {
  const { year, input } = useYearParam();
  const { scope, byCode, isRegional, isPending } = useMatrixScope();
  usePageTitle(year === null ? 'Matriz' : `Matriz ${year}`);

  if (isPending) return <Loading what="a matriz" />;
  const problem = scopeProblem(scope, byCode);
  return (
    <>
      <div className="page-heading">
        <h1>Matriz de indicadores{year !== null && ` — ${year}`}</h1>
        {!problem && <p className="page-heading__lead">{matrixIntro(scope, byCode)}</p>}
      </div>
      <MatrixBreadcrumb scope={scope} byCode={byCode} year={year} showsMacros={!isRegional} />
      {problem ? (
        <ErrorMessage title="Território inválido" message={problem}>
          <p>
            <Link to={pathWithSearch('/matriz', { [YEAR_PARAM]: year })}>Voltar à matriz</Link>
          </p>
        </ErrorMessage>
      ) : (
        <MatrixBody scope={scope} year={year} input={input} byCode={byCode} />
      )}
    </>
  );
}

function MatrixBreadcrumb({
  scope,
  byCode,
  year,
  showsMacros,
}: {
  scope: MatrixScope;
  byCode: ReadonlyMap<string, TerritoryNode>;
  year: number | null;
  showsMacros: boolean;
}) {
  const container = scope.territoryCode ? byCode.get(scope.territoryCode) : undefined;
  const macro = scope.level === 'municipality' ? byCode.get(container?.macroCode ?? '') : undefined;
  const yearValues = { [YEAR_PARAM]: year };
  return (
    <nav className="breadcrumb" aria-label="Nível da matriz">
      <ol>
        {showsMacros && (
          <li>
            {scope.level === 'macro' ? (
              <span aria-current="page">Macrorregiões</span>
            ) : (
              <Link to={pathWithSearch('/matriz', yearValues)}>Macrorregiões</Link>
            )}
          </li>
        )}
        {macro && (
          <li>
            <Link to={pathWithSearch('/matriz', { ...yearValues, [MACRO_PARAM]: macro.code })}>
              {macro.name}
            </Link>
          </li>
        )}
        {container && (
          <li>
            <span aria-current="page">{container.name}</span>
          </li>
        )}
      </ol>
    </nav>
  );
}

function MatrixBody({
  scope,
  year,
  input,
  byCode,
}: {
  scope: MatrixScope;
  year: number | null;
  input: number | string;
  byCode: ReadonlyMap<string, TerritoryNode>;
}) {
  const words = LEVEL_WORDS[scope.level];
  const { scorecard, levelFigures, matrix, isExample } = useMatrix(scope, input, byCode);
  if (scorecard.error)
    return <PageError error={scorecard.error} what="a matriz" isYearInvalid={year === null} />;
  if (levelFigures.error)
    return (
      <ErrorMessage title="Não foi possível montar a matriz" message={errorMessage(levelFigures.error)}>
        <p>
          <Link to={pathWithSearch('/matriz', { [YEAR_PARAM]: year })}>Voltar à matriz</Link>
        </p>
      </ErrorMessage>
    );
  if (!matrix || year === null) return <Loading what="a matriz" />;
  return (
    <>
      {isExample && <ExampleDataBanner />}
      <MatrixLegend />
      <div className="page-actions">
        <DownloadLink href={downloadPath(year, words.api, scope.territoryCode, 'csv')} label="Baixar CSV" />
        <DownloadLink href={downloadPath(year, words.api, scope.territoryCode, 'xlsx')} label="Baixar XLSX" />
        <PrintLink to={matrixPrintPath(scope, { [YEAR_PARAM]: year, [PRINT_PARAM]: 1 })} />
      </div>
      {matrix.columns.length === 0 ? (
        <p className="note">Nenhum território deste nível está no seu acesso.</p>
      ) : (
        <MatrixTable matrix={matrix} scope={scope} year={year} columnsWord={words.columns} />
      )}
    </>
  );
}
