/** What a raw value must satisfy before it is stored; messages are read by the person who typed it. */
export type ValueToCheck = { numerator: number; denominator: number | null };

export function valueProblems(
  value: ValueToCheck,
  rules: { kind: 'rate' | 'count'; isProportion: boolean },
): string[] {
  const problems: string[] = [];
  if (!Number.isFinite(value.numerator)) problems.push('O numerador não é um número.');
  else if (value.numerator < 0) problems.push('O numerador não pode ser negativo.');
  if (rules.kind === 'rate') {
    if (value.denominator === null) problems.push('Informe o denominador.');
    else if (!Number.isFinite(value.denominator)) problems.push('O denominador não é um número.');
    else if (value.denominator < 0) problems.push('O denominador não pode ser negativo.');
    else if (rules.isProportion && value.numerator > value.denominator)
      problems.push('O numerador não pode ser maior que o denominador neste indicador (é uma proporção).');
  }
  return problems;
}
