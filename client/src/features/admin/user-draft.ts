/** What the admin types in the user forms, and the tRPC input it becomes (the server checks it again). */
import type { Role } from '../../../../shared/domain/permissions.ts';
import type { TCreateUser, TUpdateUser } from '../../../../shared/schemas/user.ts';
import type { DraftResult } from '../../lib/drafts.ts';
import { COORDINATION_CODES, parseCoordinationCodes } from './coordinations.ts';
import { scopeKind } from './user-scope.ts';

export type { DraftResult };

export type ScopeDraft = { role: Role; coordinationText: string; territoryCodes: string[] };
export type NewUserDraft = ScopeDraft & { username: string; displayName: string; password: string };
export type UserChangeDraft = ScopeDraft & { displayName: string; isActive: boolean };

type Scope = Pick<TCreateUser, 'coordinationCodes' | 'territoryCodes'>;

export const EMPTY_NEW_USER: NewUserDraft = {
  username: '',
  displayName: '',
  role: 'coordination',
  coordinationText: '',
  territoryCodes: [],
  password: '',
};

/** Only the scope the role uses is sent, so a role change leaves nothing stale behind. */
export function scopeFromDraft(draft: ScopeDraft): DraftResult<Scope> {
  const kind = scopeKind(draft.role);
  if (kind === 'territory')
    return { isValid: true, input: { coordinationCodes: [], territoryCodes: draft.territoryCodes } };
  if (kind === 'none') return { isValid: true, input: { coordinationCodes: [], territoryCodes: [] } };
  const { codes, unknown } = parseCoordinationCodes(draft.coordinationText);
  if (unknown.length > 0) {
    const which =
      unknown.length === 1
        ? `Coordenadoria desconhecida: ${unknown[0]}.`
        : `Coordenadorias desconhecidas: ${unknown.join(', ')}.`;
    return { isValid: false, problem: `${which} Use os códigos: ${COORDINATION_CODES.join(', ')}.` };
  }
  return { isValid: true, input: { coordinationCodes: codes, territoryCodes: [] } };
}

export function newUserInput(draft: NewUserDraft): DraftResult<TCreateUser> {
  const scope = scopeFromDraft(draft);
  if (!scope.isValid) return scope;
  return {
    isValid: true,
    input: {
      username: draft.username.trim().toLowerCase(),
      displayName: draft.displayName.trim(),
      role: draft.role,
      password: draft.password,
      ...scope.input,
    },
  };
}

export function userChangeDraft(user: {
  displayName: string;
  role: Role;
  isActive: boolean;
  coordinationCodes: readonly string[];
  territoryCodes: readonly string[];
}): UserChangeDraft {
  return {
    displayName: user.displayName,
    role: user.role,
    isActive: user.isActive,
    coordinationText: user.coordinationCodes.join(', '),
    territoryCodes: [...user.territoryCodes],
  };
}

/** `version` is the one the form was opened with: the server refuses the change if someone saved since. */
export function userChangeInput(
  user: { id: number; version: number },
  draft: UserChangeDraft,
): DraftResult<TUpdateUser> {
  const scope = scopeFromDraft(draft);
  if (!scope.isValid) return scope;
  return {
    isValid: true,
    input: {
      id: user.id,
      version: user.version,
      displayName: draft.displayName.trim(),
      role: draft.role,
      isActive: draft.isActive,
      ...scope.input,
    },
  };
}

/** Ticks or unticks one territory, keeping the others in the order they were chosen. */
export function toggleCode(codes: readonly string[], code: string, isChosen: boolean): string[] {
  if (!isChosen) return codes.filter((candidate) => candidate !== code);
  return codes.includes(code) ? [...codes] : [...codes, code];
}
