import { useQuery } from '@tanstack/react-query';
import { type RouterOutputs, useTRPC } from '../../lib/trpc.ts';
import { hasExampleData } from '../indicators/figure-format.ts';

/** The state scorecard for one year; `year` may be a bad value the server explains. */
export function useStateScorecard(year: number | string) {
  const trpc = useTRPC();
  return useQuery(trpc.scorecard.state.queryOptions({ year }));
}

/** Whether any figure of the scorecard is example data (said above it, on screen and on paper). */
export function isExampleScorecard(scorecard: RouterOutputs['scorecard']['state']): boolean {
  return hasExampleData(scorecard.groups.flatMap((group) => group.rows.map((row) => row.figure)));
}
