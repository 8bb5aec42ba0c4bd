/** What the signed-in user may do in a meeting; the server refuses anything else anyway. */

import type { MeetingWork } from '../../../../shared/domain/meeting-window.ts';
import {
  type Actor,
  canFollowUpDeliberation,
  canRunMeeting,
  canSubmitAgendaItem,
} from '../../../../shared/domain/permissions.ts';

export type Coordination = { code: string; name: string };

/**
 * The coordenadorias the user may propose a pauta for: all of them for who runs the meeting, their own
 * for a coordination user, none for a gestor regional.
 */
export function proposableCoordinations<T extends Coordination>(
  actor: Actor,
  coordinations: readonly T[],
): T[] {
  return coordinations.filter((coordination) => canSubmitAgendaItem(actor, coordination.code));
}

type MeetingAbilities = {
  canSchedule: boolean;
  canDeliberate: boolean;
  canClose: boolean;
  proposable: Coordination[];
};

const NOTHING: MeetingAbilities = {
  canSchedule: false,
  canDeliberate: false,
  canClose: false,
  proposable: [],
};

/**
 * What the user may do in the meeting: nothing once it is closed, and only what its month allows
 * (`window`, the server's meetingWindow: a past month never held, one not open yet…).
 */
export function meetingAbilities(
  actor: Actor | null,
  meeting: { isFrozen: boolean; window: { refusals: Record<MeetingWork, string | null> } | null },
  coordinations: readonly Coordination[],
): MeetingAbilities {
  if (!actor || meeting.isFrozen || !meeting.window) return NOTHING;
  const { refusals } = meeting.window;
  const runs = canRunMeeting(actor);
  return {
    canSchedule: runs && refusals.schedule === null,
    canDeliberate: runs && refusals.deliberate === null,
    canClose: runs && refusals.close === null,
    proposable: refusals.propose === null ? proposableCoordinations(actor, coordinations) : [],
  };
}

export function mayFollowUp(actor: Actor | null, deliberation: { ownerCoordinationCode: string | null }) {
  return actor !== null && canFollowUpDeliberation(actor, deliberation);
}
