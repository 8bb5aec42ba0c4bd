import { describe, expect, it } from 'vitest';
import { readPlanFile } from './plan-file.ts';

describe('the validation rules declared in plano.json', () => {
  const { indicators } = readPlanFile();
  const rulesOf = (code: string) => indicators.find((indicator) => indicator.code === code)?.validationRules;

  it('hold every proportion to numerador ≤ denominador, so the rule and the interval agree', () => {
    for (const indicator of indicators.filter((candidate) => candidate.isProportion))
      expect(indicator.validationRules, indicator.code).toContain('numerador_ate_denominador');
  });

  it('keep events whole and coverages within the município’s population', () => {
    for (const code of ['713', '717', '731', '718'])
      expect(rulesOf(code), code).toEqual(
        expect.arrayContaining(['numerador_inteiro', 'denominador_inteiro']),
      );
    for (const code of ['714', '715']) expect(rulesOf(code), code).toContain('numerador_ate_populacao');
    expect(rulesOf('716')).toEqual(expect.arrayContaining(['numerador_0_ou_1', 'denominador_igual_a_1']));
  });
});
