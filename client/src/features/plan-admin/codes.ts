/** Codes of the plan's nodes: objectives "1", strategic actions "1.1" (or "2.a"), operational "1.1.6". */

export type NodeKind = 'objective' | 'strategic' | 'operational';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The last part of a child code of `parentCode` ("1.1.6" under "1.1" → "6"), or null if not its child. */
function childSegment(code: string, parentCode: string | null): string | null {
  if (parentCode === null) return code.includes('.') ? null : code;
  const prefix = `${parentCode}.`;
  if (!code.startsWith(prefix)) return null;
  const rest = code.slice(prefix.length);
  return rest === '' || rest.includes('.') ? null : rest;
}

/**
 * The code to offer for a new node under `parentCode` (null: a new objective), given every code of
 * that level already used, retired ones included (a code is never reused). The plan numbers
 * children 1, 2, 3…, compared as numbers ("1.1.9" → "1.1.10"); children numbered only with letters
 * ("2.a"…"2.d") continue with the next letter.
 */
export function suggestNextCode(parentCode: string | null, usedCodes: readonly string[]): string {
  const used = new Set(usedCodes.map((code) => code.toLowerCase()));
  const segments = usedCodes
    .map((code) => childSegment(code, parentCode))
    .filter((segment): segment is string => segment !== null);
  const withParent = (segment: string) => (parentCode === null ? segment : `${parentCode}.${segment}`);
  const numbers = segments.filter((segment) => /^\d+$/.test(segment)).map(Number);
  const letters = segments
    .filter((segment) => /^[a-z]$/i.test(segment))
    .map((segment) => segment.toLowerCase());

  if (numbers.length === 0 && letters.length > 0) {
    const next = LETTERS.slice(LETTERS.indexOf(letters.sort().at(-1) ?? 'a') + 1).split('');
    const free = next.find((letter) => !used.has(withParent(letter)));
    if (free) return withParent(free);
  }
  let number = numbers.length > 0 ? Math.max(...numbers) + 1 : 1;
  while (used.has(withParent(String(number)))) number += 1;
  return withParent(String(number));
}

const OBJECTIVE_CODE = /^[0-9A-Z]+$/;
const ACTION_CODE = /^[0-9a-zA-Z.]+$/;

const KIND_NAMES: Record<NodeKind, { the: string; of: string }> = {
  objective: { the: 'o objetivo', of: 'do objetivo' },
  strategic: { the: 'a ação estratégica', of: 'da ação estratégica' },
  operational: { the: 'a ação operacional', of: 'da ação operacional' },
};

/**
 * Why a new node's code cannot be used, or null. The server checks the format and that the code is
 * free; here a child's code must also start with its parent's ("1.1.7" under "1.1"), so the plan's
 * numbering stays readable.
 */
export function newCodeProblem(
  kind: NodeKind,
  code: string,
  parentCode: string | null,
  usedCodes: readonly string[],
): string | null {
  const typed = code.trim();
  const what = KIND_NAMES[kind];
  if (typed === '')
    return kind === 'objective' ? 'Informe o código do objetivo.' : 'Informe o código da ação.';
  if (kind === 'objective') {
    if (typed.length > 10 || !OBJECTIVE_CODE.test(typed))
      return 'Código do objetivo inválido: use números ou letras maiúsculas.';
  } else {
    if (typed.length > 20) return 'Código de ação muito longo.';
    if (!ACTION_CODE.test(typed))
      return 'Código de ação inválido: use números, letras e pontos (ex.: 1.3.2).';
    if (parentCode !== null && childSegment(typed, parentCode) === null)
      return `O código ${what.of} deve ser ${parentCode}. seguido de um número (ex.: ${parentCode}.1), sem outros pontos.`;
  }
  if (usedCodes.some((used) => used.toLowerCase() === typed.toLowerCase()))
    return `Já existe ${what.the} ${typed} (códigos de itens retirados também não podem ser reutilizados).`;
  return null;
}
