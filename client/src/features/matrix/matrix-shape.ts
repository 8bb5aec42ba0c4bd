/**
 * The indicator × territory matrix (issue 15) from the two answers it is made of: the state
 * scorecard (rows, grouped by objective, with the state figure) and the REST scorecard of one level
 * (one figure per indicator × territory). Pure, so the grid says exactly what the API says.
 */
import type { Status } from '../../../../shared/domain/status.ts';
import { compareText } from '../../../../shared/text.ts';

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

const byName = (a: MatrixColumn, b: MatrixColumn) => compareText(a.name, b.name);

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

const JUDGED: readonly Status[] = ['achieved', 'at_risk', 'not_achieved'];
const OFF_TARGET: readonly Status[] = ['at_risk', 'not_achieved'];

/** Per column: how many indicators could be judged against a target, and how many of them are off it. */
export function columnSummaries<F extends CellFigure>(
  matrix: Matrix<F, unknown>,
): { judged: number; offTarget: number }[] {
  const rows = matrix.groups.flatMap((group) => group.rows);
  return matrix.columns.map((_column, index) => {
    const statuses = rows.flatMap((row) => {
      const status = row.cells[index]?.status;
      return status ? [status] : [];
    });
    return {
      judged: statuses.filter((status) => JUDGED.includes(status)).length,
      offTarget: statuses.filter((status) => OFF_TARGET.includes(status)).length,
    };
  });
}

/** Under a column's name: where to look first, and never "all on target" when nothing was judged. */
export function columnSummaryText(summary: { judged: number; offTarget: number }): string {
  if (summary.judged === 0) return 'nada a julgar';
  if (summary.offTarget === 0) return 'todos na meta';
  return `${summary.offTarget} de ${summary.judged} fora/em risco`;
}

/**
 * The matrix in parts of at most `perPart` columns, for paper: each part keeps every row (the
 * indicator names and the state repeat), so a part printed on its own sheets reads by itself.
 */
export function splitColumns<F, O>(matrix: Matrix<F, O>, perPart: number): Matrix<F, O>[] {
  if (matrix.columns.length <= perPart) return [matrix];
  const parts: Matrix<F, O>[] = [];
  for (let start = 0; start < matrix.columns.length; start += perPart) {
    const end = start + perPart;
    parts.push({
      columns: matrix.columns.slice(start, end),
      groups: matrix.groups.map((group) => ({
        objective: group.objective,
        rows: group.rows.map((row) => ({ ...row, cells: row.cells.slice(start, end) })),
      })),
    });
  }
  return parts;
}
