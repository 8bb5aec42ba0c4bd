import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type RouterOutputs, useTRPC } from '../../lib/trpc.ts';
import { type AuditFilterValues, auditQueryInput } from './audit-search.ts';

export type AuditEntry = RouterOutputs['admin']['audit']['rows'][number];

/** One page of the audit log; the previous page stays on screen while the next one loads. */
export function useAuditLog(values: AuditFilterValues, page: number) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.admin.audit.queryOptions(auditQueryInput(values, page)),
    placeholderData: keepPreviousData,
  });
}
