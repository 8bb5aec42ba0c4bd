/** Text compared the way a person reads it: lower case, without accents ("Março" = "marco"). */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('pt-BR');
}

/** Portuguese alphabetical order ("Água Boa" before "Alta Floresta"). */
const collator = new Intl.Collator('pt-BR');

/**
 * Compares two texts in Portuguese alphabetical order. One collator for every comparison:
 * `localeCompare` with a locale builds one per call, which sorting 5.570 municípios makes slow.
 */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}
