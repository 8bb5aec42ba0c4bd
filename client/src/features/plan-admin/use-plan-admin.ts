import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc.ts';

/** The whole tree, retired nodes included: the page hides them itself, and their codes stay taken. */
export function usePlanTree() {
  const trpc = useTRPC();
  return useQuery(trpc.actionPlan.tree.queryOptions({ includeRetired: true }));
}

/** Admin only: the server refuses it to anyone else, which is how both pages know to refuse. */
export function useDeadlineReview() {
  const trpc = useTRPC();
  return useQuery(trpc.actionPlan.deadlineReview.queryOptions());
}

/**
 * After any attempt, successful or not: a refused change (someone else saved first) must show the
 * plan as it is now. Every view of the plan (tree, lists, action pages, review) and the audit log.
 */
function useRefreshPlan() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.actionPlan.pathFilter()),
      queryClient.invalidateQueries(trpc.admin.audit.pathFilter()),
    ]);
}

export function useSaveObjective() {
  const trpc = useTRPC();
  const onSettled = useRefreshPlan();
  return useMutation(trpc.actionPlan.saveObjective.mutationOptions({ onSettled }));
}

export function useSaveStrategicAction() {
  const trpc = useTRPC();
  const onSettled = useRefreshPlan();
  return useMutation(trpc.actionPlan.saveStrategicAction.mutationOptions({ onSettled }));
}

export function useSaveOperationalAction() {
  const trpc = useTRPC();
  const onSettled = useRefreshPlan();
  return useMutation(trpc.actionPlan.saveOperationalAction.mutationOptions({ onSettled }));
}

export function useSetRetired() {
  const trpc = useTRPC();
  const onSettled = useRefreshPlan();
  return useMutation(trpc.actionPlan.setRetired.mutationOptions({ onSettled }));
}

export function useSetDates() {
  const trpc = useTRPC();
  const onSettled = useRefreshPlan();
  return useMutation(trpc.actionPlan.setDates.mutationOptions({ onSettled }));
}
