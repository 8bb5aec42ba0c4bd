/**
 * Coordenadorias of the plan (data/plan/plano.json). Temporary: there is no tRPC procedure that
 * lists them yet; this one constant goes away when there is.
 */
export const COORDINATION_CODES: readonly string[] = [
  'COAP',
  'CAS',
  'CAT',
  'CORAS',
  'CACS',
  'COPHS',
  'SAUDE-BUCAL',
  'CONSORCIOS',
  'NEPS',
  'TELESSAUDE',
  'SUPERINTENDENCIA',
];

/** "coap, CAS;cat" → codes in upper case without repeats, and those that are not coordenadorias. */
export function parseCoordinationCodes(
  text: string,
  known: readonly string[] = COORDINATION_CODES,
): { codes: string[]; unknown: string[] } {
  const codes = [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((code) => code.trim().toUpperCase())
        .filter((code) => code !== ''),
    ),
  ];
  return { codes, unknown: codes.filter((code) => !known.includes(code)) };
}
