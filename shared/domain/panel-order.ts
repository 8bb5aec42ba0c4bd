/**
 * The Painel's order, used by every page that lists the plan's indicators (scorecard, matriz and
 * API, territory page): objectives in the plan's order, each with its indicators in the plan's
 * order. plano.json lists indicators mixed across objectives (PBF, an RS indicator, comes after
 * objective 4's), so the file's order alone would read differently from the Painel.
 */

/**
 * `items` (already in the plan's indicator order) grouped under `objectives` (already in the
 * plan's objective order); an objective without items is left out, as is an item whose objective
 * is not listed.
 */
export function groupByObjective<O extends { code: string }, T extends { objectiveCode: string }>(
  objectives: readonly O[],
  items: readonly T[],
): { objective: O; items: T[] }[] {
  return objectives
    .map((objective) => ({ objective, items: items.filter((item) => item.objectiveCode === objective.code) }))
    .filter((group) => group.items.length > 0);
}
