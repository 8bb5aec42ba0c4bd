/** The plan's tree as the structure page shows it: which nodes are visible and which codes are taken. */
import type { inferRouterInputs } from '@trpc/server';
import type { AppRouter } from '../../../../server/trpc/router.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';

export type RouterInputs = inferRouterInputs<AppRouter>;
export type PlanTree = RouterOutputs['actionPlan']['tree'];
export type ObjectiveNode = PlanTree['objectives'][number];
export type StrategicNode = ObjectiveNode['strategicActions'][number];
export type OperationalNode = StrategicNode['actions'][number];

/**
 * A node is out of the plan when it was retired itself or sits under a retired node (the tree hides
 * the whole branch). `retiredWith` names the retired ancestor, for the greyed line.
 */
export type Retirement =
  | { isRetired: false }
  | { isRetired: true; retiredAt: string; retiredWith: null }
  | { isRetired: true; retiredAt: string; retiredWith: { kind: 'objective' | 'strategic'; code: string } };

export function retirementOf(
  node: { retiredAt: string | null },
  parent: Retirement | null,
  parentRef: { kind: 'objective' | 'strategic'; code: string } | null,
): Retirement {
  if (node.retiredAt !== null) return { isRetired: true, retiredAt: node.retiredAt, retiredWith: null };
  if (parent?.isRetired && parentRef)
    return {
      isRetired: true,
      retiredAt: parent.retiredAt,
      retiredWith: parent.retiredWith ?? parentRef,
    };
  return { isRetired: false };
}

/** Every code of each level, retired ones included: a new node never reuses one. */
type Coded = { code: string; retiredAt: string | null };
type TreeShape = {
  objectives: readonly (Coded & { strategicActions: readonly (Coded & { actions: readonly Coded[] })[] })[];
};

export function usedCodes(tree: TreeShape) {
  const objectives = tree.objectives.map((objective) => objective.code);
  const strategic = tree.objectives.flatMap((objective) =>
    objective.strategicActions.map((action) => action.code),
  );
  const operational = tree.objectives.flatMap((objective) =>
    objective.strategicActions.flatMap((strategicAction) =>
      strategicAction.actions.map((action) => action.code),
    ),
  );
  return { objectives, strategic, operational };
}

export type UsedCodes = ReturnType<typeof usedCodes>;

export type TreeCounts = {
  objectives: number;
  strategic: number;
  operational: number;
  /** Nodes retired themselves (not those only under a retired node). */
  retired: number;
};

/** How many nodes are in the plan now (under no retired node) and how many were retired. */
export function countTree(tree: TreeShape): TreeCounts {
  const counts: TreeCounts = { objectives: 0, strategic: 0, operational: 0, retired: 0 };
  for (const objective of tree.objectives) {
    if (objective.retiredAt !== null) counts.retired += 1;
    else counts.objectives += 1;
    for (const strategicAction of objective.strategicActions) {
      if (strategicAction.retiredAt !== null) counts.retired += 1;
      else if (objective.retiredAt === null) counts.strategic += 1;
      for (const action of strategicAction.actions) {
        if (action.retiredAt !== null) counts.retired += 1;
        else if (objective.retiredAt === null && strategicAction.retiredAt === null) counts.operational += 1;
      }
    }
  }
  return counts;
}

/** "N prazos sem datas aguardam revisão" for the banner; null when nothing waits. */
export function pendingReviewText(pending: number): string | null {
  if (pending <= 0) return null;
  return pending === 1 ? '1 prazo sem datas aguarda revisão' : `${pending} prazos sem datas aguardam revisão`;
}
