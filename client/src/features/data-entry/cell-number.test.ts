import { describe, expect, it } from 'vitest';
import { cellText, parseCellText } from './cell-number.ts';

describe('parseCellText', () => {
  it('reads pt-BR numbers', () => {
    expect(parseCellText('1.234,5')).toEqual({ value: 1234.5 });
    expect(parseCellText('12')).toEqual({ value: 12 });
    expect(parseCellText(' 0,75 ')).toEqual({ value: 0.75 });
    expect(parseCellText('1.234')).toEqual({ value: 1234 });
    expect(parseCellText('12.345.678')).toEqual({ value: 12345678 });
  });

  it('leaves an empty box empty', () => {
    expect(parseCellText('')).toEqual({ value: null });
    expect(parseCellText('   ')).toEqual({ value: null });
  });

  it('refuses text with a Portuguese sentence', () => {
    const parsed = parseCellText('12a');
    expect(parsed).toEqual({
      problem: '"12a" não é um número. Use só algarismos, com vírgula para decimais (ex.: 1234,5).',
    });
    expect('problem' in parseCellText('1,2,3')).toBe(true);
  });
});

describe('cellText', () => {
  it('writes a stored number so that reading it back gives the same number', () => {
    expect(cellText(1234.5)).toBe('1.234,5');
    expect(cellText(0.123)).toBe('0,123');
    expect(cellText(null)).toBe('');
    for (const value of [0, 7, 1234.5, 1.234, 98765.4321, 1234567]) {
      expect(parseCellText(cellText(value))).toEqual({ value });
    }
  });
});
