import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc.ts';
import type { PlanningReportKind } from './planning-report.ts';

export function usePlanningReport(kind: PlanningReportKind, period: string | null) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.report.planning.queryOptions({ kind, period: period ?? '' }),
    enabled: period !== null,
  });
}
