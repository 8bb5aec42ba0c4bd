import type { Timing } from './measure.ts';

const decimal = new Intl.NumberFormat('pt-BR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat('pt-BR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const formatMs = (ms: number) => `${decimal.format(ms)} ms`;
export const formatSeconds = (ms: number) => `${decimal.format(ms / 1000)} s`;
export const formatInt = (value: number) => integer.format(value);
export const formatRatio = (app: number, bare: number) => `${twoDecimals.format(app / bare)}×`;
export const formatTiming = (timing: Timing) =>
  `${formatMs(timing.median)} (mediana de ${timing.runs}; ${decimal.format(timing.min)}–${decimal.format(timing.max)})`;

export function heading(text: string): void {
  console.log(`\n=== ${text} ===`);
}

/** Left-aligns text columns and right-aligns the others, with a rule under the header. */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[], textColumns = 1) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column < textColumns ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}
