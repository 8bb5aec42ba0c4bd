import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { invalidateValueQueries } from '../data-entry/invalidate-values.ts';
import { fetchImportJob, ImportApiError, startImport } from './import-api.ts';

/** The one query key of the import jobs (a REST resource, outside the tRPC proxy). */
export function importJobQueryKey(id: string | null) {
  return ['import-job', id] as const;
}

const POLL_MS = 500;

/** The sentence for a failed upload or poll: the server's own, or the connection fallback. */
export function importErrorMessage(error: unknown): string {
  return error instanceof ImportApiError ? error.message : errorMessage(error);
}

/** One import job, polled while it runs; a finished job never changes. */
export function useImportJob(id: string | null) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: importJobQueryKey(id),
    queryFn:
      id === null
        ? skipToken
        : async () => {
            const job = await fetchImportJob(id);
            // Polling stops once the job ends, so this runs once per applied import.
            if (job.status === 'done' && job.report?.isApplied)
              await invalidateValueQueries(queryClient, trpc);
            return job;
          },
    refetchInterval: (query) => (query.state.data?.status === 'running' ? POLL_MS : false),
    staleTime: Number.POSITIVE_INFINITY,
    // The server's answer will not change on retry; a dropped connection might.
    retry: (failureCount, error) => !(error instanceof ImportApiError) && failureCount < 2,
  });
}

/** Uploads a file (preview or apply) and follows the job it starts. */
export function useImportRun() {
  const upload = useMutation({ mutationFn: startImport });
  const job = useImportJob(upload.data?.id ?? null);
  return { upload, job };
}
