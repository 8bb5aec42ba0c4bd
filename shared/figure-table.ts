/**
 * One layout for every table of figures, whether the server (API) or the page (download button)
 * writes it: Portuguese headers, the year, the unit, the target, and whether the figure is example
 * or provisional data, so a file keeps saying what it is once it leaves the panel. Values and
 * targets carry the indicator's decimals (`valueDecimals`).
 */
import { type IndicatorKind, valueDecimals } from './domain/indicator.ts';
import { STATUS_LABELS, type Status } from './domain/status.ts';
import { countCell, type ExportCell, type ExportColumn, type ExportTable } from './export-table.ts';

export type TableFigure = {
  territoryCode: string;
  territoryName: string;
  year: number;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  target: number | null;
  status: Status;
  reporting: number;
  expected: number;
  partialThrough: string | null;
  isProvisional: boolean;
  isExample: boolean;
};

/** A column before the territory's (the indicator, a região…). */
export type ExtraColumn<F> = ExportColumn & { valueOf: (figure: F) => ExportCell };

/** `unit` and `kind` may differ per row (a table of several indicators). */
type PerRow<F, T> = T | ((figure: F) => T);
const read = <F, T>(option: PerRow<F, T>, figure: F): T =>
  typeof option === 'function' ? (option as (figure: F) => T)(figure) : option;

export function figureTable<F extends TableFigure>(
  figures: readonly F[],
  options: {
    sheetName: string;
    unit: PerRow<F, string>;
    kind: PerRow<F, IndicatorKind>;
    territoryHeader: string;
    /** Columns first (the indicator of a Painel row). */
    leading?: readonly ExtraColumn<F>[];
    /** Columns after the territory (its região). */
    extra?: readonly ExtraColumn<F>[];
  },
): ExportTable {
  const leading = options.leading ?? [];
  const extra = options.extra ?? [];
  const column = ({ valueOf: _valueOf, ...spec }: ExtraColumn<F>): ExportColumn => spec;
  return {
    sheetName: options.sheetName,
    columns: [
      ...leading.map(column),
      { header: 'Código', type: 'code' },
      { header: options.territoryHeader, type: 'text' },
      ...extra.map(column),
      { header: 'Ano', type: 'year' },
      { header: 'Numerador', type: 'number' },
      { header: 'Denominador', type: 'number' },
      { header: 'Valor', type: 'number' },
      { header: 'Unidade', type: 'text' },
      { header: 'Meta', type: 'number' },
      { header: 'Situação', type: 'text' },
      { header: 'Unidades informando', type: 'number', decimals: 0 },
      { header: 'Unidades esperadas', type: 'number', decimals: 0 },
      { header: 'Completude (%)', type: 'number', decimals: 1 },
      { header: 'Parcial até', type: 'month' },
      { header: 'Provisório', type: 'yesno' },
      { header: 'Dados de exemplo', type: 'yesno' },
    ],
    rows: figures.map((figure) => {
      const decimals = valueDecimals(read(options.kind, figure));
      return [
        ...leading.map((spec) => spec.valueOf(figure)),
        figure.territoryCode,
        figure.territoryName,
        ...extra.map((spec) => spec.valueOf(figure)),
        figure.year,
        countCell(figure.numerator),
        countCell(figure.denominator),
        figure.value === null ? null : { value: figure.value, decimals },
        read(options.unit, figure),
        figure.target === null ? null : { value: figure.target, decimals },
        STATUS_LABELS[figure.status],
        figure.reporting,
        figure.expected,
        figure.expected === 0 ? null : (figure.reporting / figure.expected) * 100,
        figure.partialThrough,
        figure.isProvisional,
        figure.isExample,
      ];
    }),
  };
}
