import { describe, expect, it } from 'vitest';
import { expectedLabel, monthlyChangeText, monthlyLine, paceVerdict, yearTargetLine } from './pace-text.ts';

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
    const icsaps = { kind: 'rate', polarity: 'lower' } as const;
    expect(monthlyLine(-0.9 / 14, 14, icsaps)).toBe('−0,06 por mês (14 meses)');
    expect(monthlyLine(null, 0, icsaps)).toBe('ano encerrado');
    expect(monthlyLine(3.5, 1, { kind: 'count', polarity: 'higher' })).toBe('+3,5 por mês (1 mês)');
  });

  it('says when the target is already met instead of asking to move backwards', () => {
    // ICSAPS at 17,9 % against 18,6: it could rise 0,35 a month and still meet the target.
    expect(monthlyLine(0.35, 2, { kind: 'rate', polarity: 'lower' })).toBe('meta já alcançada');
    expect(monthlyLine(-2, 2, { kind: 'rate', polarity: 'higher' })).toBe('meta já alcançada');
  });

  it('asks a rate of summed events for the rate of the months left', () => {
    const pace = { restOfYearRate: 17.1, monthlyToYearTarget: null, monthsLeftInYear: 2 };
    expect(yearTargetLine(pace, { kind: 'rate', polarity: 'lower' })).toBe(
      'taxa de até 17,10 nos 2 meses restantes',
    );
    expect(yearTargetLine({ ...pace, restOfYearRate: -3 }, { kind: 'rate', polarity: 'lower' })).toBe(
      'não é mais alcançável neste ano',
    );
    expect(
      yearTargetLine(
        { ...pace, restOfYearRate: 92.5, monthsLeftInYear: 1 },
        { kind: 'rate', polarity: 'higher' },
      ),
    ).toBe('taxa de ao menos 92,50 no mês restante');
  });
});
