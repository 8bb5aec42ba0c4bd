/** What part of the plan a user sees or answers for, in words, and the choices an admin has. */
import type { Role } from '../../../../shared/domain/permissions.ts';
import { territoryLabel } from '../../../../shared/domain/territory.ts';
import { scopeKind } from '../../../../shared/domain/user-rules.ts';
import { compareText } from '../../../../shared/text.ts';

type Place = {
  code: string;
  level: string;
  name: string;
  macroCode: string | null;
  parentCode: string | null;
};

export function describeScope(
  user: { role: Role; coordinationCodes: readonly string[]; territoryCodes: readonly string[] },
  places: readonly Pick<Place, 'code' | 'level' | 'name'>[],
): string {
  const kind = scopeKind(user.role);
  if (kind === 'none') return 'Todo o estado';
  if (kind === 'coordination')
    return user.coordinationCodes.length > 0 ? user.coordinationCodes.join(', ') : 'Nenhuma coordenadoria';
  if (user.territoryCodes.length === 0) return 'Nenhum território';
  return user.territoryCodes
    .map((code) => {
      const place = places.find((candidate) => candidate.code === code);
      return place ? territoryLabel(place) : code;
    })
    .join('; ');
}

export type ScopeOption = { code: string; label: string };
export type MacroScopeOption = ScopeOption & { regions: ScopeOption[] };

const byLabel = (a: ScopeOption, b: ScopeOption) => compareText(a.label, b.label);

/** Each macrorregião with its regiões, sorted by name: what a gestor regional can be given. */
export function territoryScopeOptions(places: readonly Place[]): MacroScopeOption[] {
  return places
    .filter((place) => place.level === 'macro')
    .map((macro) => ({
      code: macro.code,
      label: territoryLabel(macro),
      regions: places
        .filter((place) => place.level === 'region' && (place.macroCode ?? place.parentCode) === macro.code)
        .map((region) => ({ code: region.code, label: region.name }))
        .sort(byLabel),
    }))
    .sort(byLabel);
}
