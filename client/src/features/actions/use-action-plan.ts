import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type RouterOutputs, useTRPC } from '../../lib/trpc.ts';
import { type ActionFilterValues, actionListInput } from './action-search.ts';

export type ActionTree = RouterOutputs['actionPlan']['tree'];
export type ActionObjective = ActionTree['objectives'][number];
export type ActionStrategic = ActionObjective['strategicActions'][number];
export type ActionView = RouterOutputs['actionPlan']['list']['rows'][number];
export type MyActionRow = RouterOutputs['actionPlan']['mine']['rows'][number];
export type ActionDetail = RouterOutputs['actionPlan']['action'];
export type MonitoringRecord = ActionDetail['history'][number];
export type Coordination = RouterOutputs['actionPlan']['coordinations'][number];

export function useActionTree() {
  const trpc = useTRPC();
  return useQuery(trpc.actionPlan.tree.queryOptions({}));
}

/** The filtered list; while a new filter loads, the previous rows stay on screen (dimmed). */
export function useActionList(filter: ActionFilterValues) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.actionPlan.list.queryOptions(actionListInput(filter)),
    placeholderData: keepPreviousData,
  });
}

export function useMyActions(month: string, isEnabled = true) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.actionPlan.mine.queryOptions({ month }),
    placeholderData: keepPreviousData,
    enabled: isEnabled,
  });
}

export function useAction(code: string) {
  const trpc = useTRPC();
  return useQuery(trpc.actionPlan.action.queryOptions({ code }));
}

/** The plan's coordenadorias (code and name): they change only with the plan, so read rarely. */
export function useCoordinations() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.actionPlan.coordinations.queryOptions(), staleTime: 10 * 60_000 });
}

/** Code → name of every coordenadoria (empty while loading: the codes are shown alone). */
export function useCoordinationNames(): ReadonlyMap<string, string> {
  const coordinations = useCoordinations();
  const list = coordinations.data ?? [];
  return new Map(list.map((coordination) => [coordination.code, coordination.name]));
}

/**
 * After any attempt, saved or refused: a conflict must show the record someone else saved, and a
 * success changes the action's status everywhere (tree, list, board, the meeting's pack).
 */
export function useRecordMonitoring() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.actionPlan.record.mutationOptions({
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.actionPlan.pathFilter()),
          queryClient.invalidateQueries({ ...trpc.meeting.pathFilter(), refetchType: 'none' }),
        ]),
    }),
  );
}
