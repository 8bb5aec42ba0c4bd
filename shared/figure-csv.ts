/**
 * One CSV layout for every table of figures, whether the server (API) or the page (download
 * button) writes it: Portuguese headers, the year, the unit, the target, and whether the figure is
 * example or provisional data, so a file keeps saying what it is once it leaves the panel.
 */
import { STATUS_LABELS, type Status } from './domain/status.ts';
import { formatPeriod } from './format.ts';

export type CsvTable = { header: readonly string[]; rows: readonly (readonly (string | number | null)[])[] };

export type CsvFigure = {
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

export type ExtraColumn<F> = { header: string; valueOf: (figure: F) => string | number | null };

export function figureCsvTable<F extends CsvFigure>(
  figures: readonly F[],
  /** `unit` may differ per row (a table of several indicators). */
  options: { unit: string | ((figure: F) => string); territoryHeader: string; extra?: ExtraColumn<F> },
): CsvTable {
  const { unit, territoryHeader, extra } = options;
  return {
    header: [
      'Código',
      territoryHeader,
      ...(extra ? [extra.header] : []),
      'Ano',
      'Numerador',
      'Denominador',
      'Valor',
      'Unidade',
      'Meta',
      'Situação',
      'Unidades informando',
      'Unidades esperadas',
      'Completude (%)',
      'Parcial até',
      'Provisório',
      'Dados de exemplo',
    ],
    rows: figures.map((figure) => [
      figure.territoryCode,
      figure.territoryName,
      ...(extra ? [extra.valueOf(figure)] : []),
      figure.year,
      figure.numerator,
      figure.denominator,
      figure.value,
      typeof unit === 'string' ? unit : unit(figure),
      figure.target,
      STATUS_LABELS[figure.status],
      figure.reporting,
      figure.expected,
      figure.expected === 0 ? null : (figure.reporting / figure.expected) * 100,
      figure.partialThrough === null ? null : formatPeriod(figure.partialThrough),
      figure.isProvisional ? 'sim' : 'não',
      figure.isExample ? 'sim' : 'não',
    ]),
  };
}
