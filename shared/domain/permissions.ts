/**
 * Who may read and change what (PRODUCT.md §2). These rules run on the server for every call;
 * the client only uses them to hide what would be refused anyway.
 */
import { PLANIFICATION_INDICATORS } from './planification.ts';
import { isWithinTerritory } from './territory.ts';

export type Role = 'admin' | 'superintendence' | 'coordination' | 'regional';

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrador',
  superintendence: 'Superintendência',
  coordination: 'Coordenadoria',
  regional: 'Gestor regional',
};

export const ROLES: readonly Role[] = ['admin', 'superintendence', 'coordination', 'regional'];

export type Actor = {
  id: number;
  role: Role;
  /** Coordenadorias a coordination user answers for. */
  coordinationCodes: readonly string[];
  /** Macrorregiões or regiões a regional manager reads. */
  territoryCodes: readonly string[];
};

export type TerritoryPlace = {
  code: string;
  level: string;
  macroCode: string | null;
  regionCode: string | null;
};

export function canManageUsers(actor: Actor): boolean {
  return actor.role === 'admin';
}

/** Entering or importing values of an indicator: its coordenadoria, or the superintendence. */
export function canEditIndicator(actor: Actor, indicator: { coordinationCode: string }): boolean {
  if (actor.role === 'admin' || actor.role === 'superintendence') return true;
  return actor.role === 'coordination' && actor.coordinationCodes.includes(indicator.coordinationCode);
}

/**
 * The análise do indicador (issue 15): written by the indicator's coordenadoria, and by the
 * superintendência and administrators, as its values are.
 */
export function canWriteAnalysis(actor: Actor, indicator: { coordinationCode: string }): boolean {
  return canEditIndicator(actor, indicator);
}

/**
 * Values the grid and the imports may write: the indicator's own people, and never the planificação
 * indicators, whose values come from the records of the Planificação page.
 */
export function canEnterValues(actor: Actor, indicator: { code: string; coordinationCode: string }): boolean {
  return !PLANIFICATION_INDICATORS.includes(indicator.code) && canEditIndicator(actor, indicator);
}

/**
 * A gestor regional reads the state (to compare) and their own macrorregião or região with
 * everything inside it; everybody else reads the whole state.
 */
export function canReadTerritory(actor: Actor, territory: TerritoryPlace): boolean {
  if (actor.role !== 'regional') return true;
  if (territory.level === 'state') return true;
  return actor.territoryCodes.some((code) => isWithinTerritory(territory, code));
}

const runsThePlan = (actor: Actor) => actor.role === 'admin' || actor.role === 'superintendence';

/**
 * Recording an action's monthly monitoring: its responsible coordenadoria(s), the
 * superintendência and administrators. Everybody signed in may read it.
 */
export function canRecordMonitoring(actor: Actor, action: { coordinationCodes: readonly string[] }): boolean {
  if (runsThePlan(actor)) return true;
  return (
    actor.role === 'coordination' &&
    action.coordinationCodes.some((code) => actor.coordinationCodes.includes(code))
  );
}

/** Scheduling, recording deliberations in and closing the reunião de condução. */
/** Which actions serve an indicator: decided by the plan's owners (administrator, superintendência). */
export function canLinkIndicatorActions(actor: Actor): boolean {
  return runsThePlan(actor);
}

export function canRunMeeting(actor: Actor): boolean {
  return runsThePlan(actor);
}

/** A pauta is proposed by a coordenadoria for itself, or by the superintendência. */
export function canSubmitAgendaItem(actor: Actor, coordinationCode: string): boolean {
  if (runsThePlan(actor)) return true;
  return actor.role === 'coordination' && actor.coordinationCodes.includes(coordinationCode);
}

/** A deliberation is followed up by the coordenadoria it was given to, or the superintendência. */
export function canFollowUpDeliberation(
  actor: Actor,
  deliberation: { ownerCoordinationCode: string | null },
): boolean {
  if (runsThePlan(actor)) return true;
  return (
    actor.role === 'coordination' &&
    deliberation.ownerCoordinationCode !== null &&
    actor.coordinationCodes.includes(deliberation.ownerCoordinationCode)
  );
}

/**
 * The semester report's texts (progress, difficulties, relation to the goals) of one coordenadoria:
 * written by that coordenadoria, the superintendência or the administrator; gestores regionais read.
 */
export function canWriteSemesterNarrative(actor: Actor, coordinationCode: string): boolean {
  if (runsThePlan(actor)) return true;
  return actor.role === 'coordination' && actor.coordinationCodes.includes(coordinationCode);
}

/** Objectives, strategic and operational actions and their dates are the administrator's. */
export function canEditPlanStructure(actor: Actor): boolean {
  return actor.role === 'admin';
}
