import { describe, expect, it } from 'vitest';
import { casesText, gapWord, signedCases, wholeCases } from './contribution-text.ts';

const admissions = { numeratorNounSingular: 'internação', numeratorNounPlural: 'internações' };
const maternalDeaths = { numeratorNounSingular: 'óbito materno', numeratorNounPlural: 'óbitos maternos' };
const unnamed = { numeratorNounSingular: null, numeratorNounPlural: null };

describe('the contribution in cases', () => {
  it("reads in the numerator's own words, in whole cases", () => {
    // 408,0 expected-versus-observed admissions: "408 internações", never "408,0".
    expect(`${casesText(408, admissions)} ${gapWord('lower').total}`).toBe(
      '408 internações a mais do que a meta permite',
    );
    expect(casesText(1234.4, admissions)).toBe('1.234 internações');
    expect(casesText(1, maternalDeaths)).toBe('1 óbito materno');
    expect(casesText(2.6, maternalDeaths)).toBe('3 óbitos maternos');
    expect(`${casesText(57, maternalDeaths)} ${gapWord('higher').total}`).toBe(
      '57 óbitos maternos faltando para chegar à meta',
    );
  });

  it('says "menos de 1" for a gap under half a case, and "casos" without the plan\'s words', () => {
    expect(casesText(0.3, admissions)).toBe('menos de 1 internação');
    expect(casesText(12, unnamed)).toBe('12 casos');
    expect(casesText(1, unnamed)).toBe('1 caso');
  });

  it('writes the table cells as whole cases, the sign apart', () => {
    expect(wholeCases(408.3)).toBe('408');
    expect(wholeCases(0)).toBe('0');
    expect(signedCases(12.6)).toBe('+13');
    expect(signedCases(-4.2)).toBe('−4');
    expect(signedCases(0.2)).toBe('0');
  });
});
