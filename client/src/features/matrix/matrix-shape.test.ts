import { describe, expect, it } from 'vitest';
import { columnSummaries, columnSummaryText, splitColumns, toMatrix } from './matrix-shape.ts';

const figure = (
  territoryCode: string,
  territoryName: string,
  status: 'achieved' | 'not_achieved' | 'at_risk',
) => ({
  territoryCode,
  territoryName,
  status,
});

const scorecard = {
  groups: [
    {
      objective: { code: 'RS', name: 'Resultado para a sociedade' },
      rows: [
        {
          code: '713',
          shortName: 'ICSAPS',
          unit: '%',
          kind: 'rate' as const,
          figure: figure('51', 'Mato Grosso', 'at_risk'),
        },
        {
          code: 'RAS-CIB',
          shortName: 'Resolução CIB',
          unit: 'un',
          kind: 'count' as const,
          figure: figure('51', 'Mato Grosso', 'achieved'),
        },
      ],
    },
    {
      objective: { code: '1', name: 'Fortalecer a APS' },
      rows: [
        {
          code: '714',
          shortName: 'Saúde da Família',
          unit: '%',
          kind: 'rate' as const,
          figure: figure('51', 'Mato Grosso', 'achieved'),
        },
      ],
    },
  ],
};

const levelFigures = [
  { indicatorCode: '713', figure: figure('5103', 'Macrorregião Norte', 'not_achieved') },
  { indicatorCode: '713', figure: figure('5101', 'Macrorregião Centro-Norte', 'achieved') },
  { indicatorCode: '714', figure: figure('5103', 'Macrorregião Norte', 'at_risk') },
  { indicatorCode: '714', figure: figure('5101', 'Macrorregião Centro-Norte', 'achieved') },
];

describe('toMatrix', () => {
  const matrix = toMatrix(scorecard, levelFigures, new Map([['5103', 'Norte']]));

  it('has one column per territory of the level, by name, with the short name where there is one', () => {
    expect(matrix.columns).toEqual([
      { code: '5101', name: 'Macrorregião Centro-Norte' },
      { code: '5103', name: 'Norte' },
    ]);
  });

  it("keeps the scorecard's objectives and order, each row with the state and its own cells", () => {
    expect(matrix.groups.map((group) => group.rows.map((row) => row.code))).toEqual([
      ['713', 'RAS-CIB'],
      ['714'],
    ]);
    const icsaps = matrix.groups[0]?.rows[0];
    expect(icsaps?.state.status).toBe('at_risk');
    expect(icsaps?.cells.map((cell) => cell?.status)).toEqual(['achieved', 'not_achieved']);
  });

  it('leaves empty the cells of an indicator not recorded at the level', () => {
    expect(matrix.groups[0]?.rows[1]?.cells).toEqual([null, null]);
  });

  it('counts, per column, the indicators judged against a target and those off it', () => {
    expect(columnSummaries(matrix)).toEqual([
      { judged: 2, offTarget: 0 },
      { judged: 2, offTarget: 2 },
    ]);
    expect(columnSummaryText({ judged: 2, offTarget: 0 })).toBe('todos na meta');
    expect(columnSummaryText({ judged: 14, offTarget: 3 })).toBe('3 de 14 fora/em risco');
  });

  it('never says "todos na meta" when nothing could be judged (no data, no target)', () => {
    expect(columnSummaryText({ judged: 0, offTarget: 0 })).toBe('nada a julgar');
  });

  it('has no columns when the reader may see none of the level', () => {
    const empty = toMatrix(scorecard, [], new Map());
    expect(empty.columns).toEqual([]);
    expect(empty.groups[0]?.rows[0]?.cells).toEqual([]);
  });
});

describe('splitColumns', () => {
  const matrix = {
    columns: ['a', 'b', 'c', 'd', 'e'].map((code) => ({ code, name: code.toUpperCase() })),
    groups: [
      {
        objective: { code: '1', name: 'Objetivo' },
        rows: [
          {
            code: '713',
            shortName: 'ICSAPS',
            unit: '%',
            kind: 'rate' as const,
            state: 0,
            cells: [1, 2, 3, 4, 5],
          },
        ],
      },
    ],
  };

  it('cuts the columns in parts, each with every row, its state and its own cells', () => {
    const parts = splitColumns(matrix, 2);
    expect(parts.map((part) => part.columns.map((column) => column.code))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e'],
    ]);
    expect(parts.map((part) => part.groups[0]?.rows[0]?.cells)).toEqual([[1, 2], [3, 4], [5]]);
    expect(parts.every((part) => part.groups[0]?.rows[0]?.state === 0)).toBe(true);
  });

  it('keeps a matrix that fits as it is', () => {
    expect(splitColumns(matrix, 5)).toEqual([matrix]);
  });
});
