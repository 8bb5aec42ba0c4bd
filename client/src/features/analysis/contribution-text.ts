import type { Polarity } from '../../../../shared/domain/indicator.ts';

/** Rows shown before "mostrar todos": enough to name who explains most of a gap. */
export const VISIBLE_ROWS = 10;

/** The words of a gap: excess events when lower is better, missing ones when higher is better. */
export function gapWord(polarity: Polarity) {
  return polarity === 'lower'
    ? {
        noun: 'caso em excesso',
        total: 'casos em excesso',
        column: 'Casos em excesso',
        rule: 'Casos em excesso = numerador observado − esperado na meta.',
      }
    : {
        noun: 'caso faltante',
        total: 'casos faltando para a meta',
        column: 'Casos faltando',
        rule: 'Casos faltando = esperado na meta − numerador observado.',
      };
}
