import { describe, expect, it } from 'vitest';
import { type GridKey, nextGridPosition } from './grid-navigation.ts';

const press = (key: string, extra: Partial<GridKey> = {}): GridKey => ({
  key,
  shiftKey: false,
  caretAtStart: true,
  caretAtEnd: true,
  ...extra,
});
const RATE = { rows: 3, cols: 12, fields: 2 };
const COUNT = { rows: 3, cols: 1, fields: 1 };

describe('moving through the entry grid', () => {
  it('goes down from a numerator to its denominator, then to the next unit’s numerator', () => {
    expect(nextGridPosition({ row: 0, col: 4, field: 0 }, press('ArrowDown'), RATE)).toEqual({
      row: 0,
      col: 4,
      field: 1,
    });
    expect(nextGridPosition({ row: 0, col: 4, field: 1 }, press('Enter'), RATE)).toEqual({
      row: 1,
      col: 4,
      field: 0,
    });
    expect(nextGridPosition({ row: 1, col: 4, field: 0 }, press('Enter', { shiftKey: true }), RATE)).toEqual({
      row: 0,
      col: 4,
      field: 1,
    });
    expect(nextGridPosition({ row: 2, col: 4, field: 1 }, press('ArrowDown'), RATE)).toBeNull();
    expect(nextGridPosition({ row: 0, col: 0, field: 0 }, press('ArrowDown'), COUNT)).toEqual({
      row: 1,
      col: 0,
      field: 0,
    });
  });

  it('changes period with Left and Right only at the edge of the text', () => {
    expect(nextGridPosition({ row: 1, col: 4, field: 1 }, press('ArrowRight'), RATE)).toEqual({
      row: 1,
      col: 5,
      field: 1,
    });
    expect(nextGridPosition({ row: 1, col: 4, field: 1 }, press('ArrowLeft'), RATE)).toEqual({
      row: 1,
      col: 3,
      field: 1,
    });
    expect(
      nextGridPosition({ row: 1, col: 4, field: 1 }, press('ArrowRight', { caretAtEnd: false }), RATE),
    ).toBeNull();
    expect(nextGridPosition({ row: 1, col: 0, field: 0 }, press('ArrowLeft'), RATE)).toBeNull();
    expect(nextGridPosition({ row: 1, col: 11, field: 0 }, press('ArrowRight'), RATE)).toBeNull();
    expect(nextGridPosition({ row: 1, col: 3, field: 0 }, press('Tab'), RATE)).toBeNull();
  });
});
