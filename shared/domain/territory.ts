/** IBGE code of Mato Grosso: the root of the territory and where state targets are recorded. */
export const STATE_CODE = '51';

/** "Macrorregião Norte", "Região Alto Tapajós": macro names already carry the word. */
export function territoryLabel(place: { level: string; name: string }): string {
  if (place.level === 'region') return `Região ${place.name}`;
  if (place.level === 'macro' && !/^macrorregi/i.test(place.name)) return `Macrorregião ${place.name}`;
  return place.name;
}
