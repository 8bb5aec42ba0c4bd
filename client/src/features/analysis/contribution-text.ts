import type { Polarity } from '../../../../shared/domain/indicator.ts';
import { formatNumber } from '../../../../shared/format.ts';
import type { TIndicator } from '../../../../shared/schemas/indicator.ts';

/** Rows shown before "mostrar todos": enough to name who explains most of a gap. */
export const VISIBLE_ROWS = 10;

/**
 * The words of a gap, after the cases in the numerator's own words (`casesText`): above what the
 * target allows when lower is better, missing to reach it when higher is better.
 */
export function gapWord(polarity: Polarity) {
  return polarity === 'lower'
    ? {
        noun: 'excesso',
        total: 'a mais do que a meta permite',
        column: 'Acima do esperado',
        share: 'Parcela do excesso',
        rule: 'Acima do esperado = numerador observado − esperado na meta.',
      }
    : {
        noun: 'falta',
        total: 'faltando para chegar à meta',
        column: 'Faltando para a meta',
        share: 'Parcela da falta',
        rule: 'Faltando para a meta = esperado na meta − numerador observado.',
      };
}

export type NumeratorNoun = Pick<TIndicator, 'numeratorNounSingular' | 'numeratorNounPlural'>;

/**
 * Cases are whole: the count expected on the target (target × denominator ÷ factor) is a fraction,
 * so a gap of 408,3 reads 408. A gap under one half is not "0" but less than one case.
 */
export function wholeCases(cases: number): string {
  const whole = Math.round(Math.abs(cases));
  return whole === 0 && cases !== 0 ? 'menos de 1' : formatNumber(whole, 0);
}

/**
 * "408 internações", "1 óbito materno", "menos de 1 internação": in the words plano.json gives the
 * numerator (`numerador_em_palavras`); "casos" for an indicator without them.
 */
export function casesText(cases: number, noun: NumeratorNoun): string {
  const singular = noun.numeratorNounSingular ?? 'caso';
  const plural = noun.numeratorNounPlural ?? 'casos';
  const text = wholeCases(cases);
  return `${text} ${text === '1' || text === 'menos de 1' ? singular : plural}`;
}

/** A município's difference in the table: "+408", "−12", "0" (whole cases, the sign apart). */
export function signedCases(gap: number): string {
  const whole = Math.round(Math.abs(gap));
  if (whole === 0) return '0';
  return `${gap > 0 ? '+' : '−'}${formatNumber(whole, 0)}`;
}
