/**
 * Moving through the entry grid from the keyboard, as in a spreadsheet: each unit's row holds one
 * line of boxes per field (numerator over denominator; a count has one), so Down from a numerator goes
 * to the denominator below it, and from a denominator to the next unit's numerator. Enter is Down,
 * Shift+Enter is Up. Left and Right change period only at the edge of the text, so the arrows still
 * move inside a number being typed.
 */
export type GridPosition = { row: number; col: number; field: number };
export type GridSize = { rows: number; cols: number; fields: number };
export type GridKey = { key: string; shiftKey: boolean; caretAtStart: boolean; caretAtEnd: boolean };

export function nextGridPosition(at: GridPosition, key: GridKey, size: GridSize): GridPosition | null {
  const line = at.row * size.fields + at.field;
  const toLine = (target: number): GridPosition | null =>
    target < 0 || target >= size.rows * size.fields
      ? null
      : { row: Math.floor(target / size.fields), col: at.col, field: target % size.fields };
  const down = key.key === 'ArrowDown' || (key.key === 'Enter' && !key.shiftKey);
  const up = key.key === 'ArrowUp' || (key.key === 'Enter' && key.shiftKey);
  if (down) return toLine(line + 1);
  if (up) return toLine(line - 1);
  if (key.key === 'ArrowLeft' && key.caretAtStart) return at.col > 0 ? { ...at, col: at.col - 1 } : null;
  if (key.key === 'ArrowRight' && key.caretAtEnd)
    return at.col < size.cols - 1 ? { ...at, col: at.col + 1 } : null;
  return null;
}
