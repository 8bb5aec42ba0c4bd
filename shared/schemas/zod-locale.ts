/**
 * Zod's own messages (wrong type, too long…) reach users: here they are written in Portuguese and
 * name the field ("Nome: no máximo 120 caracteres."). A schema's own message ("Informe o nome
 * completo.") always wins over these.
 */
import { z } from 'zod';
import { formatNumber } from '../format.ts';
import { fieldLabel } from './field-labels.ts';

const TYPE_NAMES: Record<string, string> = {
  string: 'um texto',
  number: 'um número',
  int: 'um número inteiro',
  boolean: 'sim ou não',
  array: 'uma lista',
  object: 'um conjunto de campos',
  date: 'uma data',
};

const count = (value: number) => formatNumber(value, 0);

/** "no máximo 120 caracteres", "ao menos 1 item", "menor que 100": a bound, in the input's terms. */
function sizeLimit(origin: string, bound: 'max' | 'min', value: number | bigint, inclusive = true): string {
  const limit = Number(value);
  const plural = limit === 1 ? '' : 's';
  const side = bound === 'max' ? 'no máximo' : 'ao menos';
  if (origin === 'string') return `${side} ${count(limit)} caractere${plural}.`;
  if (origin === 'array' || origin === 'set')
    return `${side} ${count(limit)} ite${limit === 1 ? 'm' : 'ns'}.`;
  const shown = formatNumber(limit, Number.isInteger(limit) ? 0 : 2);
  if (bound === 'max') return inclusive ? `no máximo ${shown}.` : `menor que ${shown}.`;
  return inclusive ? `no mínimo ${shown}.` : `maior que ${shown}.`;
}

function describeIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'obrigatório.';
      // NaN and ±Infinity are numbers to JavaScript, but no count or rate.
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input))
        return 'deve ser um número finito.';
      return `deve ser ${TYPE_NAMES[issue.expected] ?? 'de outro tipo'}.`;
    case 'too_big':
      return sizeLimit(issue.origin, 'max', issue.maximum, issue.inclusive);
    case 'too_small':
      return sizeLimit(issue.origin, 'min', issue.minimum, issue.inclusive);
    case 'unrecognized_keys': {
      const keys = issue.keys.slice(0, 3).map((key) => `“${key.slice(0, 40)}”`);
      return `campo${issue.keys.length === 1 ? '' : 's'} não esperado${issue.keys.length === 1 ? '' : 's'}: ${keys.join(', ')}${issue.keys.length > 3 ? '…' : ''}.`;
    }
    case 'not_multiple_of':
      return `deve ser múltiplo de ${formatNumber(Number(issue.divisor), 2)}.`;
    case 'invalid_format':
      return 'formato inválido.';
    case 'invalid_value': {
      const options = issue.values.map(String);
      const short = options.length <= 6 && options.every((option) => option.length <= 20);
      return short ? `valor não aceito (use ${options.join(', ')}).` : 'valor não aceito.';
    }
    default:
      return 'valor não aceito.';
  }
}

z.config({
  localeError: (issue) => {
    const label = fieldLabel(issue.path ?? []);
    const message = describeIssue(issue);
    return label ? `${label}: ${message}` : `Dados enviados: ${message}`;
  },
});

/** At most this many problems are listed in one answer: a fuzzed body can have hundreds. */
const MAX_LISTED = 5;

/** All the problems of one input in one message, for a tRPC or REST answer. */
export function inputErrorMessage(error: z.ZodError): string {
  const messages = [...new Set(error.issues.map((issue) => issue.message))];
  const listed = messages.slice(0, MAX_LISTED).join(' ');
  const more = messages.length - MAX_LISTED;
  return more > 0 ? `${listed} (e mais ${more} problema${more === 1 ? '' : 's'})` : listed;
}

export { z };
