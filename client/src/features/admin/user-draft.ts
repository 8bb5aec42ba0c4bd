/** What the admin types in the user forms, and the tRPC input it becomes (the server checks it again). */
import type { Role } from '../../../../shared/domain/permissions.ts';
import { scopeOfRole, type UserFormProblem, userFormProblems } from '../../../../shared/domain/user-rules.ts';
import type { TCreateUser, TUpdateUser } from '../../../../shared/schemas/user.ts';

export type ScopeDraft = { role: Role; coordinationCodes: string[]; territoryCodes: string[] };
export type NewUserDraft = ScopeDraft & {
  username: string;
  displayName: string;
  email: string;
  password: string;
};
export type UserChangeDraft = ScopeDraft & { displayName: string; email: string; isActive: boolean };

export const EMPTY_NEW_USER: NewUserDraft = {
  username: '',
  displayName: '',
  email: '',
  role: 'coordination',
  coordinationCodes: [],
  territoryCodes: [],
  password: '',
};

/** Every problem at once, each for its field, so the admin fixes the whole form in one go. */
export type UserDraftResult<T> =
  | { isValid: true; input: T }
  | { isValid: false; problem: string; problems: UserFormProblem[] };

/** As the server stores it: lower case, and none when left blank. */
function emailInput(email: string): string | null {
  return email.trim().toLowerCase() || null;
}

function checked<T extends TCreateUser | TUpdateUser>(input: T): UserDraftResult<T> {
  const problems = userFormProblems(input);
  if (problems.length === 0) return { isValid: true, input };
  return { isValid: false, problem: problems.map((problem) => problem.message).join(' '), problems };
}

export function newUserInput(draft: NewUserDraft): UserDraftResult<TCreateUser> {
  return checked({
    username: draft.username.trim().toLowerCase(),
    displayName: draft.displayName.trim(),
    role: draft.role,
    email: emailInput(draft.email),
    password: draft.password,
    ...scopeOfRole(draft),
  });
}

export function userChangeDraft(user: {
  displayName: string;
  email: string | null;
  role: Role;
  isActive: boolean;
  coordinationCodes: readonly string[];
  territoryCodes: readonly string[];
}): UserChangeDraft {
  return {
    displayName: user.displayName,
    email: user.email ?? '',
    role: user.role,
    isActive: user.isActive,
    coordinationCodes: [...user.coordinationCodes],
    territoryCodes: [...user.territoryCodes],
  };
}

/** `version` is the one the form was opened with: the server refuses the change if someone saved since. */
export function userChangeInput(
  user: { id: number; version: number },
  draft: UserChangeDraft,
): UserDraftResult<TUpdateUser> {
  return checked({
    id: user.id,
    version: user.version,
    displayName: draft.displayName.trim(),
    email: emailInput(draft.email),
    role: draft.role,
    isActive: draft.isActive,
    ...scopeOfRole(draft),
  });
}

/** Ticks or unticks one code, keeping the others in the order they were chosen. */
export function toggleCode(codes: readonly string[], code: string, isChosen: boolean): string[] {
  if (!isChosen) return codes.filter((candidate) => candidate !== code);
  return codes.includes(code) ? [...codes] : [...codes, code];
}
