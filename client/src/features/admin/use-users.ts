import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type RouterOutputs, useTRPC } from '../../lib/trpc.ts';

export type AdminUser = RouterOutputs['admin']['users'][number];

export function useUsers() {
  const trpc = useTRPC();
  return useQuery(trpc.admin.users.queryOptions());
}

/**
 * After any attempt, successful or not: a refused change (someone else saved first) must show the
 * list as it is now. The audit log has a new line after a success.
 */
function useRefreshUsers() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.admin.users.queryFilter()),
      queryClient.invalidateQueries(trpc.admin.audit.pathFilter()),
    ]);
}

export function useCreateUser() {
  const trpc = useTRPC();
  const onSettled = useRefreshUsers();
  return useMutation(trpc.admin.createUser.mutationOptions({ onSettled }));
}

export function useUpdateUser() {
  const trpc = useTRPC();
  const onSettled = useRefreshUsers();
  return useMutation(trpc.admin.updateUser.mutationOptions({ onSettled }));
}

export function useResetPassword() {
  const trpc = useTRPC();
  const onSettled = useRefreshUsers();
  return useMutation(trpc.admin.resetPassword.mutationOptions({ onSettled }));
}

export type LoginHold = RouterOutputs['admin']['loginHolds'][number];

/** Waits end by themselves: the list is read again every minute while the page is open. */
export function useLoginHolds() {
  const trpc = useTRPC();
  return useQuery(trpc.admin.loginHolds.queryOptions(undefined, { refetchInterval: 60_000 }));
}

export function useReleaseLoginHold() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.admin.releaseLoginHold.mutationOptions({
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.admin.loginHolds.queryFilter()),
          queryClient.invalidateQueries(trpc.admin.audit.pathFilter()),
        ]),
    }),
  );
}
