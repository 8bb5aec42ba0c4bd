/** Statuses that come from example monitoring records (demonstration data), said on every view of the plan. */

type WithLastRecord = { lastRecord?: { isExample: boolean } | null };

/** The action's current status is the one of an example record, not an official one. */
export function isExampleStatus(action: WithLastRecord): boolean {
  return action.lastRecord?.isExample === true;
}

export function hasExampleStatus(actions: readonly WithLastRecord[]): boolean {
  return actions.some(isExampleStatus);
}

/** Every operational action of the tree, in plan order. */
export function treeActions<T>(tree: {
  objectives: readonly { strategicActions: readonly { actions: readonly T[] }[] }[];
}): T[] {
  return tree.objectives.flatMap((objective) =>
    objective.strategicActions.flatMap((strategic) => strategic.actions),
  );
}
