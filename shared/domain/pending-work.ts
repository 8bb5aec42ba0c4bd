/**
 * Pendências (issue 17): the kinds of work owed before the reunião de condução, how they read, and
 * whose they are. The server computes them from the data (`server/services/pending-work.ts`).
 */
import type { Actor } from './permissions.ts';

export const PENDING_KINDS = ['record', 'analysis', 'check', 'deliberation', 'corrective', 'agenda'] as const;
export type PendingKind = (typeof PENDING_KINDS)[number];

/** Section headings of the page, in the order the work is done before the meeting. */
export const PENDING_KIND_LABELS: Record<PendingKind, string> = {
  record: 'Registros de monitoramento do mês',
  analysis: 'Análises de indicadores fora da meta',
  check: 'Dados do mês a conferir',
  deliberation: 'Deliberações vencendo ou vencidas',
  corrective: 'Medidas corretivas com prazo vencido',
  agenda: 'Pautas para a próxima reunião',
};

/** Short column headings for the superintendência's overview. */
export const PENDING_KIND_SHORT: Record<PendingKind, string> = {
  record: 'Registros',
  analysis: 'Análises',
  check: 'Conferências',
  deliberation: 'Deliberações',
  corrective: 'Medidas corretivas',
  agenda: 'Pautas',
};

/** A pauta is offered, not owed: it does not count in the header's number. */
export function isOwed(kind: PendingKind): boolean {
  return kind !== 'agenda';
}

export type PendingItem = {
  kind: PendingKind;
  coordinationCode: string;
  /** The action, indicator, deliberation id or meeting month the item is about. */
  subject: string;
  text: string | null;
  /** The month the work refers to (`AAAA-MM`), when it has one. */
  month: string | null;
  /** By when: the meeting's date, a deliberation's deadline, a measure's new deadline. */
  dueOn: string | null;
  isOverdue: boolean;
};

/**
 * Whose work a person answers for: a coordenadoria's staff, for their coordenadorias; the
 * superintendência's staff and the administrator, for the superintendência's own actions; a gestor
 * regional answers for none (they read). The same rule as "Minhas ações".
 */
export function pendingOwners(user: Pick<Actor, 'role' | 'coordinationCodes'>): readonly string[] {
  if (user.role === 'coordination') return user.coordinationCodes;
  if (user.role === 'regional') return [];
  return ['SUPERINTENDENCIA'];
}

export function emptyPendingCounts(): Record<PendingKind, number> {
  return Object.fromEntries(PENDING_KINDS.map((kind) => [kind, 0])) as Record<PendingKind, number>;
}
