import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type RouterOutputs, useTRPC } from '../../lib/trpc.ts';

export type PlanificationView = RouterOutputs['planification']['view'];
export type PlanMacro = PlanificationView['macros'][number];
export type PlanAdhesion = PlanMacro['adhesions'][number];
export type PlanTraining = PlanMacro['trainings'][number];
export type PlanStage = PlanMacro['stages'][number];
export type PlanOutcome = PlanMacro['outcomes'][number];

export function usePlanification() {
  const trpc = useTRPC();
  return useQuery(trpc.planification.view.queryOptions());
}

/** The view as last read, for a form that must rebase on the record someone else saved. */
export function useLatestPlanification(): () => PlanificationView | undefined {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.getQueryData(trpc.planification.view.queryKey());
}

/**
 * After any attempt, saved or refused: the page reads the records again (a refusal must show what
 * someone else saved). The records re-derive the three planificação indicators, so the figures of
 * the other pages are marked stale too and read again when next shown.
 */
function useRefreshPlanification() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.planification.pathFilter()),
      queryClient.invalidateQueries({ ...trpc.scorecard.pathFilter(), refetchType: 'none' }),
      queryClient.invalidateQueries({ ...trpc.indicator.pathFilter(), refetchType: 'none' }),
      queryClient.invalidateQueries({ ...trpc.territory.pathFilter(), refetchType: 'none' }),
    ]);
}

export function useSaveAdhesion() {
  const trpc = useTRPC();
  const onSettled = useRefreshPlanification();
  return useMutation(trpc.planification.saveAdhesion.mutationOptions({ onSettled }));
}

export function useRemoveAdhesion() {
  const trpc = useTRPC();
  const onSettled = useRefreshPlanification();
  return useMutation(trpc.planification.removeAdhesion.mutationOptions({ onSettled }));
}

export function useAddTraining() {
  const trpc = useTRPC();
  const onSettled = useRefreshPlanification();
  return useMutation(trpc.planification.addTraining.mutationOptions({ onSettled }));
}

export function useRemoveTraining() {
  const trpc = useTRPC();
  const onSettled = useRefreshPlanification();
  return useMutation(trpc.planification.removeTraining.mutationOptions({ onSettled }));
}

export function useCompleteStage() {
  const trpc = useTRPC();
  const onSettled = useRefreshPlanification();
  return useMutation(trpc.planification.completeStage.mutationOptions({ onSettled }));
}

export function useUndoStage() {
  const trpc = useTRPC();
  const onSettled = useRefreshPlanification();
  return useMutation(trpc.planification.undoStage.mutationOptions({ onSettled }));
}

/** Any record shown is example data (the demo's seed): the page says so. */
export function hasExampleRecords(view: PlanificationView): boolean {
  return (
    view.hasExample ||
    view.macros.some(
      (macro) =>
        macro.adhesions.some((row) => row.isExample) ||
        macro.trainings.some((row) => row.isExample) ||
        macro.stages.some((stage) => stage.done?.isExample),
    )
  );
}
