import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DownloadLink } from '../components/ui/DownloadXlsxLink.tsx';
import { ExampleDataBanner } from '../components/ui/ExampleDataBanner.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { StatusLegend } from '../components/ui/StatusLegend.tsx';
import { hasExampleData } from '../features/indicators/figure-format.ts';
import { MatrixTable } from '../features/matrix/MatrixTable.tsx';
import { LEVEL_WORDS, MACRO_PARAM, readMatrixScope } from '../features/matrix/matrix-scope.ts';
import { toMatrix } from '../features/matrix/matrix-shape.ts';
import { useYearParam } from '../features/period/use-year-param.ts';
import { useStateScorecard } from '../features/scorecard/use-scorecard.ts';
import { useTerritoryTree } from '../features/territories/use-territories.ts';
import { PageError } from '../layout/PageError.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { useTRPC } from '../lib/trpc.ts';
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

export function MatrixPage() {
  const { year, input } = useYearParam();
  const [searchParams] = useSearchParams();
  const scope = readMatrixScope(searchParams);
  const words = LEVEL_WORDS[scope.level];
  const trpc = useTRPC();
  const scorecard = useStateScorecard(input);
  const levelFigures = useQuery(
    trpc.scorecard.level.queryOptions({
      year: input,
      level: scope.level,
      territoryCode: scope.territoryCode,
    }),
  );
  const tree = useTerritoryTree();
  usePageTitle(year === null ? 'Matriz' : `Matriz ${year}`);

  const byCode = useMemo(() => new Map((tree.data ?? []).map((node) => [node.code, node])), [tree.data]);
  const shortNames = useMemo(
    () =>
      new Map(
        (tree.data ?? []).flatMap((node) => (node.shortName ? [[node.code, node.shortName] as const] : [])),
      ),
    [tree.data],
  );
  const container = scope.territoryCode ? byCode.get(scope.territoryCode) : undefined;
  const macroCode =
    scope.level === 'municipality' ? (container?.macroCode ?? searchParams.get(MACRO_PARAM)) : null;
  const yearValues = { [YEAR_PARAM]: searchParams.get(YEAR_PARAM) };

  const error = scorecard.error ?? levelFigures.error;
  const matrix =
    scorecard.data && levelFigures.data ? toMatrix(scorecard.data, levelFigures.data, shortNames) : null;

  return (
    <>
      <div className="page-heading">
        <h1>Matriz de indicadores{year !== null && ` — ${year}`}</h1>
        <p className="page-heading__lead">
          Cada linha é um indicador do plano; cada coluna,{' '}
          {words.columns === 'municípios' ? 'um município' : `uma das ${words.columns}`}
          {container ? ` de ${container.name}` : ' de Mato Grosso'}, com o estado ao lado para comparar. A cor
          e o símbolo dizem a situação diante da meta. Clique numa célula para abrir o indicador naquele
          território
          {scope.level !== 'municipality' && ', ou no nome de uma coluna para ver o que há dentro dela'}. As
          setas do teclado movem entre as células.
        </p>
      </div>
      <nav className="breadcrumb" aria-label="Nível da matriz">
        <ol>
          <li>
            {scope.level === 'macro' ? (
              <span aria-current="page">Macrorregiões</span>
            ) : (
              <Link to={pathWithSearch('/matriz', yearValues)}>Macrorregiões</Link>
            )}
          </li>
          {macroCode && (
            <li>
              <Link to={pathWithSearch('/matriz', { ...yearValues, [MACRO_PARAM]: macroCode })}>
                {byCode.get(macroCode)?.name ?? macroCode}
              </Link>
            </li>
          )}
          {scope.territoryCode && (
            <li>
              <span aria-current="page">{container?.name ?? scope.territoryCode}</span>
            </li>
          )}
        </ol>
      </nav>
      {error ? (
        <PageError error={error} what="a matriz" isYearInvalid={year === null} />
      ) : !matrix || year === null ? (
        <Loading what="a matriz" />
      ) : (
        <>
          {hasExampleData(matrix.groups.flatMap((group) => group.rows.map((row) => row.state))) && (
            <ExampleDataBanner />
          )}
          <StatusLegend>
            {' '}
            “*”: ano parcial, contado até o último mês enviado (o título da célula diz até quando).
          </StatusLegend>
          <div className="page-actions">
            <DownloadLink
              href={downloadPath(year, words.api, scope.territoryCode, 'csv')}
              label="Baixar CSV"
            />
            <DownloadLink
              href={downloadPath(year, words.api, scope.territoryCode, 'xlsx')}
              label="Baixar XLSX"
            />
          </div>
          {matrix.columns.length === 0 ? (
            <p className="note">Nenhum território deste nível está no seu acesso.</p>
          ) : (
            <MatrixTable matrix={matrix} scope={scope} year={year} columnsWord={words.columns} />
          )}
        </>
      )}
    </>
  );
}
