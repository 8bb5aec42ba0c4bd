import type { Polarity } from '../../../../shared/domain/indicator.ts';

/** Rows shown before "mostrar todos": enough to name who explains most of a gap. */
export const VISIBLE_ROWS = 10;

/**
 * The words of a gap, in units of the numerator (deaths, admissions, people covered): above what the
 * target allows when lower is better, missing to reach it when higher is better.
 */
export function gapWord(polarity: Polarity) {
  return polarity === 'lower'
    ? {
        noun: 'excesso',
        total: 'a mais no numerador do que a meta permite',
        column: 'Acima do esperado',
        rule: 'Acima do esperado = numerador observado − esperado na meta.',
      }
    : {
        noun: 'falta',
        total: 'faltando no numerador para chegar à meta',
        column: 'Faltando para a meta',
        rule: 'Faltando para a meta = esperado na meta − numerador observado.',
      };
}
