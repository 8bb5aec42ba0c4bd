/**
 * What makes a user's form right, checked the same way in the admin's browser (all problems at
 * once, before sending) and on the server (which also checks what only the database knows).
 */
import { passwordProblem } from './password-policy.ts';
import type { Role } from './permissions.ts';

export const USERNAME_PATTERN = /^[a-z0-9._-]{3,40}$/;
export const USERNAME_RULE = 'Usuário: de 3 a 40 letras sem acento, números, ponto, hífen ou sublinhado.';
export const MIN_DISPLAY_NAME_LENGTH = 3;
export const DISPLAY_NAME_RULE = 'Informe o nome completo.';
/** Where the reminders go: one address, no spaces (nothing a header could be smuggled in with). */
export const EMAIL_PATTERN = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;".]+$/;
export const EMAIL_MAX_LENGTH = 254;
export const EMAIL_RULE = 'E-mail: escreva um endereço como nome@saude.mt.gov.br, ou deixe em branco.';

export type ScopeKind = 'coordination' | 'territory' | 'none';

/** Which scope a role uses: the other kind is dropped, so the form shows only this one. */
export function scopeKind(role: Role): ScopeKind {
  if (role === 'coordination') return 'coordination';
  if (role === 'regional') return 'territory';
  return 'none';
}

type Scope = { coordinationCodes: readonly string[]; territoryCodes: readonly string[] };

/** Only the scope the role uses, so a role change leaves no stale scope behind. */
export function scopeOfRole(form: Scope & { role: Role }): {
  coordinationCodes: string[];
  territoryCodes: string[];
} {
  const kind = scopeKind(form.role);
  return {
    coordinationCodes: kind === 'coordination' ? [...form.coordinationCodes] : [],
    territoryCodes: kind === 'territory' ? [...form.territoryCodes] : [],
  };
}

type UserForm = {
  displayName: string;
  role: Role;
  coordinationCodes: readonly string[];
  territoryCodes: readonly string[];
};

export type UserFormProblem = {
  field: 'username' | 'displayName' | 'email' | 'password' | 'scope';
  message: string;
};

/** An address the reminders can go to; empty is allowed (the user gets none). */
export function isValidEmail(email: string): boolean {
  return email.length <= EMAIL_MAX_LENGTH && EMAIL_PATTERN.test(email);
}

/**
 * Every problem of a user's form that needs no database, in the order of the form's fields, each
 * with the field it belongs to (the form shows it there).
 */
export function userFormProblems(
  form: UserForm & { username?: string; password?: string; email?: string | null },
): UserFormProblem[] {
  const problems: UserFormProblem[] = [];
  if (form.username !== undefined && !USERNAME_PATTERN.test(form.username))
    problems.push({ field: 'username', message: USERNAME_RULE });
  if (form.displayName.trim().length < MIN_DISPLAY_NAME_LENGTH)
    problems.push({ field: 'displayName', message: DISPLAY_NAME_RULE });
  if (form.email && !isValidEmail(form.email)) problems.push({ field: 'email', message: EMAIL_RULE });
  if (form.password !== undefined) {
    const problem = passwordProblem(form.password, form.username ?? '');
    if (problem) problems.push({ field: 'password', message: problem });
  }
  const kind = scopeKind(form.role);
  if (kind === 'coordination' && form.coordinationCodes.length === 0)
    problems.push({
      field: 'scope',
      message: 'Um usuário de coordenadoria precisa de ao menos uma coordenadoria.',
    });
  if (kind === 'territory' && form.territoryCodes.length === 0)
    problems.push({ field: 'scope', message: 'Um gestor regional precisa de uma macrorregião ou região.' });
  return problems;
}
