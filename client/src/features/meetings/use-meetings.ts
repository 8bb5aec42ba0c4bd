import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type RouterOutputs, useTRPC } from '../../lib/trpc.ts';
import type { AgendaItemInput, DeliberationInput, ScheduleInput } from './meeting-drafts.ts';

export type MeetingList = RouterOutputs['meeting']['list'];
export type MeetingHeader = MeetingList['upcoming'];
export type MeetingData = RouterOutputs['meeting']['get'];
export type MeetingPack = MeetingData['pack'];
export type Deliberation = RouterOutputs['meeting']['deliberations'][number];
export type PackAction = MeetingPack['overdue'][number];

export function useMeetingList() {
  const trpc = useTRPC();
  return useQuery(trpc.meeting.list.queryOptions());
}

/** The meeting being prepared and the month it reviews (where monitoring forms open). */
export function useUpcomingMeeting() {
  const trpc = useTRPC();
  return useQuery(trpc.meeting.upcoming.queryOptions());
}

export function useMeeting(month: string | null) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.meeting.get.queryOptions({ month: month ?? '' }),
    enabled: month !== null,
    // The pack is assembled from live data while the meeting is open; read it fresh.
    staleTime: 0,
  });
}

export function useDeliberations() {
  const trpc = useTRPC();
  return useQuery(trpc.meeting.deliberations.queryOptions());
}

/**
 * After any attempt, successful or not: a refused change (someone else saved first, the meeting was
 * closed meanwhile) must show the meeting as it is now. What was typed stays in the form.
 */
function useRefreshMeetings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.meeting.pathFilter());
}

/**
 * Called on a failed save before the meeting is read again. Unlike `mutate`'s own callbacks it runs even
 * when the refreshed meeting (closed meanwhile) takes the form away.
 */
type OnFailure<TInput> = (error: unknown, input: TInput) => void;

export function useScheduleMeeting(onFailure?: OnFailure<ScheduleInput>) {
  const trpc = useTRPC();
  const onSettled = useRefreshMeetings();
  return useMutation(trpc.meeting.schedule.mutationOptions({ onSettled, onError: onFailure }));
}

export function useSubmitAgendaItem(onFailure?: OnFailure<AgendaItemInput>) {
  const trpc = useTRPC();
  const onSettled = useRefreshMeetings();
  return useMutation(trpc.meeting.submitAgendaItem.mutationOptions({ onSettled, onError: onFailure }));
}

export function useAddDeliberation(onFailure?: OnFailure<DeliberationInput>) {
  const trpc = useTRPC();
  const onSettled = useRefreshMeetings();
  return useMutation(trpc.meeting.addDeliberation.mutationOptions({ onSettled, onError: onFailure }));
}

export function useFollowUpDeliberation() {
  const trpc = useTRPC();
  const onSettled = useRefreshMeetings();
  return useMutation(trpc.meeting.followUpDeliberation.mutationOptions({ onSettled }));
}

export function useCloseMeeting() {
  const trpc = useTRPC();
  const onSettled = useRefreshMeetings();
  return useMutation(trpc.meeting.close.mutationOptions({ onSettled }));
}
