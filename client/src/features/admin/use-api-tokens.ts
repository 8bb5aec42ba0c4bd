import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type RouterOutputs, useTRPC } from '../../lib/trpc.ts';

export type ApiToken = RouterOutputs['admin']['tokens'][number];

export function useApiTokens() {
  const trpc = useTRPC();
  return useQuery(trpc.admin.tokens.queryOptions());
}

function useRefreshTokens() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.admin.tokens.queryFilter()),
      queryClient.invalidateQueries(trpc.admin.audit.pathFilter()),
    ]);
}

/** The answer carries the secret: the caller shows it once and keeps it nowhere else. */
export function useIssueToken() {
  const trpc = useTRPC();
  const onSettled = useRefreshTokens();
  return useMutation(trpc.admin.issueToken.mutationOptions({ onSettled }));
}

export function useRevokeToken() {
  const trpc = useTRPC();
  const onSettled = useRefreshTokens();
  return useMutation(trpc.admin.revokeToken.mutationOptions({ onSettled }));
}
