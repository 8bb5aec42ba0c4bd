import { describe, expect, it } from 'vitest';
import { isNumberProblem, parseNumber } from './numbers.ts';

describe('parseNumber', () => {
  it.each([
    ['1234', 1234],
    ['  1234 ', 1234],
    ['0', 0],
    ['-12', -12],
    ['1234,5', 1234.5],
    ['1234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['12.345.678', 12345678],
    ['12.345.678,25', 12345678.25],
    ['0,75', 0.75],
  ])('reads %s as %d', (cell, expected) => {
    expect(parseNumber(cell)).toBe(expected);
  });

  // The documented rule: a single `.` followed by exactly three digits and no comma is grouping.
  it.each([
    ['1.234', 1234],
    ['12.345', 12345],
    ['-1.234', -1234],
    ['1.5', 1.5],
    ['1.23', 1.23],
    ['1.2345', 1.2345],
    ['1234.567', 1234.567],
    ['0.123', 0.123],
  ])('applies the thousands-or-decimal rule to %s → %d', (cell, expected) => {
    expect(parseNumber(cell)).toBe(expected);
  });

  it('reads a comma as decimals, never as grouping', () => {
    expect(parseNumber('1,234')).toBe(1.234);
  });

  it.each(['-', '–', '—', ' - '])('reads the TabNet dash %j as zero', (cell) => {
    expect(parseNumber(cell)).toBe(0);
  });

  it.each(['', '   '])('reads an empty cell %j as null', (cell) => {
    expect(parseNumber(cell)).toBeNull();
  });

  it.each(['12a', '1,2,3', '1.234.5', '1,234.5', '12%', 'abc', '1e5', ',5', '--1', '1 234'])(
    'rejects %j with a sentence naming the cell',
    (cell) => {
      const result = parseNumber(cell);
      expect(isNumberProblem(result)).toBe(true);
      expect(result).toEqual({ problem: expect.stringContaining(`"${cell}" não é um número.`) });
    },
  );
});
