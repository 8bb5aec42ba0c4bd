/** What a raw value must satisfy before it is stored; messages are read by the person who typed it. */
import { formatPeriod } from '../format.ts';
import {
  isPeriodInRange,
  PANEL_YEARS_TEXT,
  type Periodicity,
  parsePeriod,
  periodStart,
  yearOf,
} from './period.ts';
import { declaredRuleProblems, type FieldProblem, type ValidationRule } from './validation-rules.ts';

export type ValueToCheck = { period: string; numerator: number | null; denominator: number | null };

const PERIOD_FORMATS: Record<Periodicity, string> = {
  monthly: 'mensal: use AAAA-MM, por exemplo 2025-03',
  semiannual: 'semestral: use AAAA-06 ou AAAA-12 (fim de cada vigência)',
  yearly: 'anual: use AAAA, por exemplo 2025',
};

const IN_PROGRESS_FORMATS: Record<Exclude<Periodicity, 'yearly'>, string> = {
  monthly: 'por mês (AAAA-MM)',
  semiannual: 'por vigência (AAAA-06 ou AAAA-12)',
};

/**
 * The period rules, for every path a value comes in by (grid, imports, command line, example data):
 * - written AAAA or AAAA-MM, inside the panel's years;
 * - only periods that exist: nothing that starts after the month in progress in Mato Grosso
 *   (`currentMonth`, from `currentMonthInMt`);
 * - the indicator's periodicity; a monthly or semiannual indicator also takes one value for a whole
 *   closed year (AAAA: closed years of SIM, SINASC and SIH are published per year), never for the
 *   year in progress, which stays monthly until it ends.
 */
export function periodProblem(period: string, periodicity: Periodicity, currentMonth: string): string | null {
  const parsed = parsePeriod(period);
  if (!parsed) return `Período "${period}" inválido: use AAAA ou AAAA-MM.`;
  if (!isPeriodInRange(parsed)) return `Período ${period} fora do painel: use anos de ${PANEL_YEARS_TEXT}.`;
  if (periodStart(period) > currentMonth)
    return `O período ${formatPeriod(period)} ainda não começou: só se registram valores até ${formatPeriod(currentMonth)}, o mês em curso.`;
  if (parsed.month === null && periodicity !== 'yearly') {
    return parsed.year < yearOf(currentMonth)
      ? null
      : `O ano ${parsed.year} ainda não terminou: no ano em curso este indicador é informado ${IN_PROGRESS_FORMATS[periodicity]}; o valor do ano inteiro (AAAA) só vale para anos encerrados.`;
  }
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

/** What the number rules need to know of an indicator. */
export type NumberRules = { kind: 'rate' | 'count'; validationRules: readonly ValidationRule[] };

/**
 * A value may arrive in halves (a TabNet file of numerators, then one of denominators): one of the
 * two may be missing, and the value counts only once complete. A count needs its numerator.
 * `population`: the unit's `populationBound` for the value's year, when a rule needs it.
 */
export function valueProblems(
  value: ValueToCheck,
  rules: NumberRules & { periodicity: Periodicity },
  currentMonth: string,
  population: number | null = null,
): string[] {
  const period = periodProblem(value.period, rules.periodicity, currentMonth);
  return [
    ...(period ? [period] : []),
    ...numberProblems(value, rules, population).map((problem) => problem.message),
  ];
}

/** The numbers of a value, whatever its period: the rules always on, then the indicator's own. */
export function numberProblems(
  value: Omit<ValueToCheck, 'period'>,
  rules: NumberRules,
  population: number | null = null,
): FieldProblem[] {
  const { numerator, denominator } = value;
  if (numerator === null && (rules.kind === 'count' || denominator === null))
    return [
      {
        field: 'numerator',
        message: rules.kind === 'count' ? 'Informe o valor.' : 'Informe o numerador ou o denominador.',
      },
    ];
  const problems: FieldProblem[] = [];
  if (numerator !== null) {
    if (!Number.isFinite(numerator))
      problems.push({ field: 'numerator', message: 'O numerador não é um número.' });
    else if (numerator < 0)
      problems.push({ field: 'numerator', message: 'O numerador não pode ser negativo.' });
    else if (rules.kind === 'count' && !Number.isInteger(numerator))
      problems.push({
        field: 'numerator',
        message: 'Este indicador é uma contagem: informe um número inteiro.',
      });
  }
  if (rules.kind === 'rate' && denominator !== null) {
    if (!Number.isFinite(denominator))
      problems.push({ field: 'denominator', message: 'O denominador não é um número.' });
    else if (denominator < 0)
      problems.push({ field: 'denominator', message: 'O denominador não pode ser negativo.' });
  }
  if (problems.length > 0) return problems;
  return declaredRuleProblems(
    { numerator, denominator: rules.kind === 'rate' ? denominator : null },
    rules.validationRules,
    population,
  );
}

const HALF_NAMES = { numerator: 'numerador', denominator: 'denominador' } as const;

/**
 * A rate's two halves of one year must come the same way. A yearly numerator waiting for a yearly
 * denominator is fine (the next file brings it); but a yearly half whose other half is held by month
 * would never make a whole value, in either shape. `values` are one unit's values of one year as
 * they would stand after the write.
 */
export function yearShapeProblem(
  values: readonly ValueToCheck[],
  rules: { kind: 'rate' | 'count'; periodicity: Periodicity },
): string | null {
  if (rules.kind !== 'rate' || rules.periodicity === 'yearly') return null;
  const onlyHalf = (value: ValueToCheck) =>
    value.numerator !== null && value.denominator === null
      ? ('numerator' as const)
      : value.numerator === null && value.denominator !== null
        ? ('denominator' as const)
        : null;
  const yearly = values.find((value) => value.period.length === 4);
  const yearlyHalf = yearly ? onlyHalf(yearly) : null;
  if (!yearly || !yearlyHalf) return null;
  const monthHalf = values.find(
    (value) => value.period.length > 4 && onlyHalf(value) !== null && onlyHalf(value) !== yearlyHalf,
  );
  if (!monthHalf) return null;
  const other = yearlyHalf === 'numerator' ? 'denominator' : 'numerator';
  return `o ${HALF_NAMES[yearlyHalf]} de ${yearly.period} viria como valor do ano inteiro, mas o ${HALF_NAMES[other]} desse ano está guardado por mês: as duas metades de um ano vêm da mesma forma (as duas anuais ou as duas mensais).`;
}
