import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type TerritoryNode, useTRPC } from '../../lib/trpc.ts';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { hasExampleData } from '../indicators/figure-format.ts';
import { useStateScorecard } from '../scorecard/use-scorecard.ts';
import { useTerritoryTree } from '../territories/use-territories.ts';
import { type MatrixScope, readMatrixScope } from './matrix-scope.ts';
import { toMatrix } from './matrix-shape.ts';

/** A gestor regional opens the matrix inside their own territory: the macro level would be one column. */
function defaultScope(home: TerritoryNode | undefined): MatrixScope {
  if (home?.level === 'macro') return { level: 'region', territoryCode: home.code };
  if (home?.level === 'region') return { level: 'municipality', territoryCode: home.code };
  return { level: 'macro' };
}

/** The scope in the address (the reader's own territory for a gestor regional who names none). */
export function useMatrixScope() {
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
  return { scope, byCode, isRegional, isPending: user.isPending || tree.isPending };
}

/** The two answers the matrix is made of, and the matrix once both have arrived. */
export function useMatrix(
  scope: MatrixScope,
  year: number | string,
  byCode: ReadonlyMap<string, TerritoryNode>,
) {
  const trpc = useTRPC();
  const scorecard = useStateScorecard(year);
  const levelFigures = useQuery(
    trpc.scorecard.level.queryOptions({ year, level: scope.level, territoryCode: scope.territoryCode }),
  );
  const matrix = useMemo(() => {
    if (!scorecard.data || !levelFigures.data) return undefined;
    const shortNames = new Map(
      [...byCode.values()].flatMap((node) => (node.shortName ? [[node.code, node.shortName] as const] : [])),
    );
    return toMatrix(scorecard.data, levelFigures.data, shortNames);
  }, [scorecard.data, levelFigures.data, byCode]);
  const isExample = matrix
    ? hasExampleData(matrix.groups.flatMap((group) => group.rows.map((row) => row.state)))
    : false;
  return { scorecard, levelFigures, matrix, isExample };
}
