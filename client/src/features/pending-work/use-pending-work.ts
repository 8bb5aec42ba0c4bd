import { useQuery } from '@tanstack/react-query';
import { isOwed } from '../../../../shared/domain/pending-work.ts';
import { type RouterOutputs, useTRPC } from '../../lib/trpc.ts';

export type PendingWork = RouterOutputs['pendingWork']['mine'];

/** The reader's pendências; the header's count and the page share this one request. */
export function usePendingWork(isEnabled = true) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.pendingWork.mine.queryOptions(), enabled: isEnabled });
}

/** What the header counts: the work owed (a pauta to propose is offered, not owed). */
export function owedCount(work: PendingWork): number {
  return work.items.filter((item) => isOwed(item.kind)).length;
}
