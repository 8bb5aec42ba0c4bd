import type { TerritoryLevel } from '../../../../shared/domain/indicator.ts';
import { normalizeTerritoryCode } from '../../../../shared/domain/territory.ts';
import { compareText, foldText } from '../../../../shared/text.ts';
import type { TerritoryNode } from '../../lib/trpc.ts';

type Node = Pick<TerritoryNode, 'code' | 'level' | 'name'>;

export const LEVEL_NAMES: Record<TerritoryLevel, string> = {
  state: 'Estado',
  macro: 'Macrorregião de saúde',
  region: 'Região de saúde',
  municipality: 'Município',
};

const GROUP_NAMES: Record<TerritoryLevel, string> = {
  state: 'Estado',
  macro: 'Macrorregiões de saúde',
  region: 'Regiões de saúde',
  municipality: 'Municípios',
};

/** What the children of a territory are called (macro → regiões, região → municípios). */
export const CHILDREN_HEADINGS: Record<TerritoryLevel, string | null> = {
  state: 'Macrorregiões de saúde',
  macro: 'Regiões de saúde',
  region: 'Municípios',
  municipality: null,
};

const LEVEL_ORDER: readonly TerritoryLevel[] = ['state', 'macro', 'region', 'municipality'];

export type TerritoryGroup<T extends Node> = { level: TerritoryLevel; label: string; territories: T[] };

/** Territories grouped by level (state first), each group sorted by name in Portuguese. */
export function groupByLevel<T extends Node>(
  nodes: readonly T[],
  levels: readonly TerritoryLevel[] = LEVEL_ORDER,
): TerritoryGroup<T>[] {
  return LEVEL_ORDER.filter((level) => levels.includes(level))
    .map((level) => ({
      level,
      label: GROUP_NAMES[level],
      territories: nodes.filter((node) => node.level === level).sort((a, b) => compareText(a.name, b.name)),
    }))
    .filter((group) => group.territories.length > 0);
}

/**
 * The territory typed in the header's search: its name (accents and case aside) or its código, a
 * município's by IBGE's 7 digits or DATASUS's 6 (510340 is Cuiabá); null when none is.
 */
export function findTerritory<T extends Node>(nodes: readonly T[], typed: string): T | null {
  const code = normalizeTerritoryCode(typed);
  const name = foldText(typed.trim());
  return (
    nodes.find((node) => node.code === code) ?? nodes.find((node) => foldText(node.name) === name) ?? null
  );
}

type Crumb = { code: string; name: string };

/** MT › macro › região › município, ending with the territory itself. */
export function breadcrumbTrail(view: {
  territory: Crumb & { level: TerritoryLevel };
  state: Crumb | null;
  macro: Crumb | null;
  region: Crumb | null;
}): Crumb[] {
  const { territory } = view;
  const ancestors: (Crumb | null)[] =
    territory.level === 'state'
      ? []
      : territory.level === 'macro'
        ? [view.state]
        : territory.level === 'region'
          ? [view.state, view.macro]
          : [view.state, view.macro, view.region];
  return [...ancestors.filter((crumb): crumb is Crumb => crumb !== null), territory].map(
    ({ code, name }) => ({
      code,
      name,
    }),
  );
}
