/** What the signed-in user may do in a meeting; the server refuses anything else anyway. */
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

/** Proposing pautas and recording deliberations only while the meeting is not closed. */
export function meetingAbilities(
  actor: Actor | null,
  meeting: { isFrozen: boolean },
  coordinations: readonly Coordination[],
): { canRun: boolean; proposable: Coordination[] } {
  if (!actor || meeting.isFrozen) return { canRun: false, proposable: [] };
  return { canRun: canRunMeeting(actor), proposable: proposableCoordinations(actor, coordinations) };
}

export function mayFollowUp(actor: Actor | null, deliberation: { ownerCoordinationCode: string | null }) {
  return actor !== null && canFollowUpDeliberation(actor, deliberation);
}
