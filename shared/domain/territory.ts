import type { TerritoryLevel } from './indicator.ts';

/** IBGE code of Mato Grosso: the root of the territory and where state targets are recorded. */
export const STATE_CODE = '51';

/**
 * DATASUS (TabNet, SIM, SINASC…) writes a município with IBGE's code less its last digit, a check
 * digit: 510340 for Cuiabá, 5103403. People type either; the panel keeps one code per município (one
 * address, one API key), so a 6-digit code becomes the 7-digit one. Any other code is only trimmed:
 * 6 digits is no other level's length (state 2, macro 4, região 5).
 */
export function normalizeTerritoryCode(code: string): string {
  const trimmed = code.trim();
  return /^\d{6}$/.test(trimmed) ? `${trimmed}${ibgeCheckDigit(trimmed)}` : trimmed;
}

/**
 * IBGE's check digit of a município code: the six digits weighted 1, 2, 1, 2, 1, 2, the digits of
 * each product added up (a product of 12 counts 1 + 2), and what takes that sum to the next ten.
 */
function ibgeCheckDigit(sixDigits: string): number {
  let sum = 0;
  for (const [index, digit] of [...sixDigits].entries()) {
    const product = Number(digit) * (index % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 10) + (product % 10);
  }
  return (10 - (sum % 10)) % 10;
}

const LEVEL_BY_CODE_LENGTH: Record<number, TerritoryLevel> = {
  2: 'state',
  4: 'macro',
  5: 'region',
  7: 'municipality',
};

/**
 * A territory's level from its code: IBGE's codes grow by a digit per level down (state 2, macro 4,
 * região 5, município 7), as `homeTerritoryCode` and `normalizeTerritoryCode` rely on too.
 */
export function levelOfCode(code: string): TerritoryLevel | null {
  return LEVEL_BY_CODE_LENGTH[code.length] ?? null;
}

/** "Macrorregião Norte", "Região Alto Tapajós": macro names already carry the word. */
export function territoryLabel(place: { level: string; name: string }): string {
  if (place.level === 'region') return `Região ${place.name}`;
  if (place.level === 'macro' && !/^macrorregi/i.test(place.name)) return `Macrorregião ${place.name}`;
  return place.name;
}

/**
 * Whether `place` is the territory `scopeCode` or lies inside it (a região or município of a macro,
 * a município of a região); the state holds everything.
 */
export function isWithinTerritory(
  place: { code: string; macroCode: string | null; regionCode: string | null },
  scopeCode: string,
): boolean {
  return (
    scopeCode === STATE_CODE ||
    place.code === scopeCode ||
    place.macroCode === scopeCode ||
    place.regionCode === scopeCode
  );
}
