/**
 * The indicator × territory matrix (issue 15) from the two answers it is made of: the state
 * scorecard (rows, grouped by objective, with the state figure) and the REST scorecard of one level
 * (one figure per indicator × territory). Pure, so the grid says exactly what the API says.
 */
import type { Status } from '../../../../shared/domain/status.ts';

type CellFigure = { territoryCode: string; territoryName: string; status: Status };
type Objective = { code: string; name: string };

type ScorecardInput<F, O> = {
  groups: readonly {
    objective: O;
    rows: readonly { code: string; shortName: string; unit: string; kind: 'rate' | 'count'; figure: F }[];
  }[];
};

export type MatrixColumn = { code: string; name: string };

export type MatrixRow<F> = {
  code: string;
  shortName: string;
  unit: string;
  kind: 'rate' | 'count';
  /** The state's figure, the reference column. */
  state: F;
  /** One per column; null where the indicator is not recorded at this level (a state indicator). */
  cells: (F | null)[];
};

export type Matrix<F, O = Objective> = {
  columns: MatrixColumn[];
  groups: { objective: O; rows: MatrixRow<F>[] }[];
};

const byName = (a: MatrixColumn, b: MatrixColumn) => a.name.localeCompare(b.name, 'pt-BR');

/** `shortNames`: the short name of each territory, where it has one ("Norte" for a macro). */
export function toMatrix<F extends CellFigure, O>(
  scorecard: ScorecardInput<F, O>,
  levelFigures: readonly { indicatorCode: string; figure: F }[],
  shortNames: ReadonlyMap<string, string>,
): Matrix<F, O> {
  const columns = new Map<string, MatrixColumn>();
  const cells = new Map<string, F>();
  for (const { indicatorCode, figure } of levelFigures) {
    if (!columns.has(figure.territoryCode))
      columns.set(figure.territoryCode, {
        code: figure.territoryCode,
        name: shortNames.get(figure.territoryCode) ?? figure.territoryName,
      });
    cells.set(`${indicatorCode}|${figure.territoryCode}`, figure);
  }
  const ordered = [...columns.values()].sort(byName);
  return {
    columns: ordered,
    groups: scorecard.groups.map((group) => ({
      objective: group.objective,
      rows: group.rows.map((row) => ({
        code: row.code,
        shortName: row.shortName,
        unit: row.unit,
        kind: row.kind,
        state: row.figure,
        cells: ordered.map((column) => cells.get(`${row.code}|${column.code}`) ?? null),
      })),
    })),
  };
}

const isOffTarget = (status: Status | undefined) => status === 'not_achieved' || status === 'at_risk';

/** How many indicators are off target (or at risk) in each column: where to look first. */
export function offTargetCounts<F extends CellFigure>(matrix: Matrix<F, unknown>): number[] {
  const rows = matrix.groups.flatMap((group) => group.rows);
  return matrix.columns.map(
    (_column, index) => rows.filter((row) => isOffTarget(row.cells[index]?.status)).length,
  );
}
