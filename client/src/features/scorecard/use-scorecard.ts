import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc.ts';

/** The state scorecard for one year; `year` may be a bad value the server explains. */
export function useStateScorecard(year: number | string) {
  const trpc = useTRPC();
  return useQuery(trpc.scorecard.state.queryOptions({ year }));
}
