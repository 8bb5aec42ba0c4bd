import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DownloadLink } from '../components/ui/DownloadXlsxLink.tsx';
import { ErrorMessage } from '../components/ui/ErrorMessage.tsx';
import { ExampleDataBanner } from '../components/ui/ExampleDataBanner.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { StatusLegend } from '../components/ui/StatusLegend.tsx';
import { useCurrentUser } from '../features/auth/use-current-user.ts';
import { hasExampleData } from '../features/indicators/figure-format.ts';
import { MatrixTable } from '../features/matrix/MatrixTable.tsx';
import {
  LEVEL_WORDS,
  MACRO_PARAM,
  type MatrixScope,
  matrixIntro,
  readMatrixScope,
  scopeProblem,
} from '../features/matrix/matrix-scope.ts';
import { toMatrix } from '../features/matrix/matrix-shape.ts';
import { useYearParam } from '../features/period/use-year-param.ts';
import { useStateScorecard } from '../features/scorecard/use-scorecard.ts';
import { useTerritoryTree } from '../features/territories/use-territories.ts';
import { PageError } from '../layout/PageError.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { errorMessage } from '../lib/errors.ts';
import { type TerritoryNode, useTRPC } from '../lib/trpc.ts';
import { pathWithSearch, YEAR_PARAM } from '../lib/url.ts';

/** The REST scorecard's CSV or XLSX of what the matrix shows (one line per indicator × território). */
function downloadPath(
  year: number,
  level: string,
  territoryCode: string | undefined,
  format: 'csv' | 'xlsx',
) {
  return pathWithSearch('/api/v1/scorecard', { year, level, territory: territoryCode, format });
}

/** A gestor regional opens the matrix inside their own territory: the macro level would be one column. */
function defaultScope(home: TerritoryNode | undefined): MatrixScope {
  if (home?.level === 'macro') return { level: 'region', territoryCode: home.code };
  if (home?.level === 'region') return { level: 'municipality', territoryCode: home.code };
  return { level: 'macro' };
}

export function MatrixPage() {
  const { year, input } = useYearParam();
  const [searchParams] = useSearchParams();
  const user = useCurrentUser();
  const tree = useTerritoryTree();
  const byCode = useMemo(() => new Map((tree.data ?? []).map((node) => [node.code, node])), [tree.data]);
  const isRegional = user.data?.role === 'regional';
  const asked = readMatrixScope(searchParams);
  const scope =
    asked.level === 'macro' && isRegional
      ? defaultScope(byCode.get(user.data?.territoryCodes[0] ?? ''))
      : asked;
  usePageTitle(year === null ? 'Matriz' : `Matriz ${year}`);

  if (user.isPending || tree.isPending) return <Loading what="a matriz" />;
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
  const trpc = useTRPC();
  const words = LEVEL_WORDS[scope.level];
  const scorecard = useStateScorecard(input);
  const levelFigures = useQuery(
    trpc.scorecard.level.queryOptions({
      year: input,
      level: scope.level,
      territoryCode: scope.territoryCode,
    }),
  );
  const shortNames = useMemo(
    () =>
      new Map(
        [...byCode.values()].flatMap((node) =>
          node.shortName ? [[node.code, node.shortName] as const] : [],
        ),
      ),
    [byCode],
  );
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
  if (!scorecard.data || !levelFigures.data || year === null) return <Loading what="a matriz" />;
  const matrix = toMatrix(scorecard.data, levelFigures.data, shortNames);
  return (
    <>
      {hasExampleData(matrix.groups.flatMap((group) => group.rows.map((row) => row.state))) && (
        <ExampleDataBanner />
      )}
      <StatusLegend>
        {' '}
        “*”: ano parcial, contado até o último mês enviado (o indicador, ao abrir a célula, diz até quando).
        “Só estado”: indicador registrado apenas para Mato Grosso.
      </StatusLegend>
      <div className="page-actions">
        <DownloadLink href={downloadPath(year, words.api, scope.territoryCode, 'csv')} label="Baixar CSV" />
        <DownloadLink href={downloadPath(year, words.api, scope.territoryCode, 'xlsx')} label="Baixar XLSX" />
      </div>
      {matrix.columns.length === 0 ? (
        <p className="note">Nenhum território deste nível está no seu acesso.</p>
      ) : (
        <MatrixTable matrix={matrix} scope={scope} year={year} columnsWord={words.columns} />
      )}
    </>
  );
}
