import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type RouterOutputs, useTRPC } from '../../lib/trpc.ts';

export type SemesterReport = RouterOutputs['report']['semester'];
export type ReportObjective = SemesterReport['objectives'][number];
export type ReportIndicator = ReportObjective['indicators'][number];
export type ReportCoordination = ReportObjective['coordinations'][number];
export type ReportNarrative = NonNullable<ReportCoordination['narrative']>;

/** The semesters, quadrimesters or years a report exists for, the current and the last closed one. */
export function useReportPeriods(kind: 'semester' | 'quadrimester' | 'year') {
  const trpc = useTRPC();
  return useQuery(trpc.report.periods.queryOptions({ kind }));
}

export function useSemesterReport(semester: string | null) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.report.semester.queryOptions({ semester: semester ?? '' }),
    enabled: semester !== null,
  });
}

/**
 * After any attempt, saved or refused: a conflict must show the text someone else saved (and its
 * version, so the next save is based on it). What was typed stays in the form.
 */
export function useSaveNarrative() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.report.saveNarrative.mutationOptions({
      onSettled: () => queryClient.invalidateQueries(trpc.report.pathFilter()),
    }),
  );
}
