import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc.ts';

/** The signed-in user's own e-mail settings (Minha conta). */
export function useAccount() {
  const trpc = useTRPC();
  return useQuery(trpc.account.settings.queryOptions());
}

export function useSetReminders() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.account.setReminders.mutationOptions({
      onSettled: () => queryClient.invalidateQueries(trpc.account.settings.queryFilter()),
    }),
  );
}
