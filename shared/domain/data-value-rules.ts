/** What a raw value must satisfy before it is stored; messages are read by the person who typed it. */
import { isPeriodInRange, type Periodicity, parsePeriod } from './period.ts';

export type ValueToCheck = { period: string; numerator: number | null; denominator: number | null };

const PERIOD_FORMATS: Record<Periodicity, string> = {
  monthly: 'mensal: use AAAA-MM, por exemplo 2025-03',
  semiannual: 'semestral: use AAAA-06 ou AAAA-12 (fim de cada vigência)',
  yearly: 'anual: use AAAA, por exemplo 2025',
};

export function periodProblem(period: string, periodicity: Periodicity): string | null {
  const parsed = parsePeriod(period);
  if (!parsed) return `Período "${period}" inválido: use AAAA ou AAAA-MM.`;
  if (!isPeriodInRange(parsed)) return `Período ${period} fora do plano: use anos de 2020 a 2027.`;
  const fits =
    periodicity === 'yearly'
      ? parsed.month === null
      : periodicity === 'semiannual'
        ? parsed.month === 6 || parsed.month === 12
        : parsed.month !== null;
  return fits
    ? null
    : `Período ${period} não serve para este indicador, que é ${PERIOD_FORMATS[periodicity]}.`;
}

/**
 * A value may arrive in halves (a TabNet file of numerators, then one of denominators): one of the
 * two may be missing, and the value counts only once complete. A count needs its numerator.
 */
export function valueProblems(
  value: ValueToCheck,
  rules: { kind: 'rate' | 'count'; isProportion: boolean; periodicity: Periodicity },
): string[] {
  const period = periodProblem(value.period, rules.periodicity);
  return [...(period ? [period] : []), ...numberProblems(value, rules)];
}

/** The numbers of a value, whatever its period. */
export function numberProblems(
  value: Omit<ValueToCheck, 'period'>,
  rules: { kind: 'rate' | 'count'; isProportion: boolean },
): string[] {
  const problems: string[] = [];
  const { numerator, denominator } = value;
  if (numerator === null && (rules.kind === 'count' || denominator === null)) {
    problems.push(rules.kind === 'count' ? 'Informe o valor.' : 'Informe o numerador ou o denominador.');
    return problems;
  }
  if (numerator !== null) {
    if (!Number.isFinite(numerator)) problems.push('O numerador não é um número.');
    else if (numerator < 0) problems.push('O numerador não pode ser negativo.');
    else if (rules.kind === 'count' && !Number.isInteger(numerator))
      problems.push('Este indicador é uma contagem: informe um número inteiro.');
  }
  if (rules.kind === 'rate' && denominator !== null) {
    if (!Number.isFinite(denominator)) problems.push('O denominador não é um número.');
    else if (denominator < 0) problems.push('O denominador não pode ser negativo.');
    else if (rules.isProportion && numerator !== null && numerator > denominator)
      problems.push('O numerador não pode ser maior que o denominador neste indicador (é uma proporção).');
  }
  return problems;
}
