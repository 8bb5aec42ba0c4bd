import { describe, expect, it } from 'vitest';
import { expectedLabel, monthlyChangeText, monthlyLine, paceVerdict } from './pace-text.ts';

describe('pace text', () => {
  it('names the month the expected value refers to', () => {
    expect(expectedLabel({ monthsElapsed: 10 }, 2026)).toBe('Esperado até out/2026');
    expect(expectedLabel({ monthsElapsed: 0 }, 2026)).toBe('Início de 2026');
  });

  it('judges ahead or behind by polarity', () => {
    // ICSAPS (lower is better): 18,9 against 18,77 expected is behind.
    expect(paceVerdict(18.9, 18.7667, 'lower')).toBe('behind');
    expect(paceVerdict(18.5, 18.7667, 'lower')).toBe('ahead');
    expect(paceVerdict(600, 709.5, 'higher')).toBe('behind');
    expect(paceVerdict(null, 709.5, 'higher')).toBeNull();
  });

  it('writes the monthly change with its sign, in pt-BR', () => {
    expect(monthlyChangeText(-0.15, 'rate')).toBe('−0,15 por mês');
    expect(monthlyChangeText(136.5, 'count')).toBe('+136,5 por mês');
    expect(monthlyChangeText(0.001, 'rate')).toBe('nenhuma mudança necessária');
    expect(monthlyLine(-0.9 / 14, 14, 'rate')).toBe('−0,06 por mês (14 meses)');
    expect(monthlyLine(null, 0, 'rate')).toBe('ano encerrado');
    expect(monthlyLine(3.5, 1, 'count')).toBe('+3,5 por mês (1 mês)');
  });
});
