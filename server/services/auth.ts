/**
 * Login, sessions and read tokens. Failed logins are counted per account and per address; past
 * the limit both are locked for a while, so a guesser cannot try passwords at speed.
 */
import type { Actor } from '../../shared/domain/permissions.ts';
import { verifyPassword } from '../auth/password.ts';
import { hashSecret, newSecret } from '../auth/secret-token.ts';
import type { Db } from '../db/client.ts';
import { findActiveApiTokenByHash, touchApiToken } from '../db/repositories/api-token-repository.ts';
import { appendAudit } from '../db/repositories/audit-repository.ts';
import {
  clearLoginAttempt,
  deleteExpiredSessions,
  deleteSession,
  findLoginAttempt,
  findSessionUserId,
  insertSession,
  saveLoginAttempt,
} from '../db/repositories/session-repository.ts';
import { findUserById, findUserCredentials, type UserRow } from '../db/repositories/user-repository.ts';
import { AppError } from '../errors.ts';

export const SESSION_HOURS = 12;
const WINDOW_MINUTES = 15;
const LOCK_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export type AuthenticatedUser = Pick<UserRow, 'id' | 'username' | 'displayName' | 'role'> & Actor;

export function toActor(user: UserRow): AuthenticatedUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    coordinationCodes: user.coordinationCodes,
    territoryCodes: user.territoryCodes,
  };
}

const minutesLater = (now: Date, minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();

async function assertNotLocked(db: Db, keys: readonly string[], now: Date): Promise<void> {
  for (const key of keys) {
    const attempt = await findLoginAttempt(db, key);
    if (attempt?.lockedUntil && attempt.lockedUntil > now.toISOString()) {
      const minutes = Math.ceil((Date.parse(attempt.lockedUntil) - now.getTime()) / 60_000);
      throw new AppError(
        'TOO_MANY_REQUESTS',
        `Muitas tentativas de entrada sem sucesso. Tente novamente em ${minutes} minuto${minutes === 1 ? '' : 's'}.`,
      );
    }
  }
}

async function countFailure(db: Db, key: string, limit: number, now: Date): Promise<void> {
  const attempt = await findLoginAttempt(db, key);
  const windowIsOpen =
    attempt && Date.parse(attempt.windowStartedAt) > now.getTime() - WINDOW_MINUTES * 60_000;
  const failures = windowIsOpen ? attempt.failures + 1 : 1;
  await saveLoginAttempt(db, {
    key,
    failures,
    windowStartedAt: windowIsOpen ? attempt.windowStartedAt : now.toISOString(),
    lockedUntil: failures >= limit ? minutesLater(now, LOCK_MINUTES) : null,
  });
}

/** Checks the password and opens a session; the returned token goes into the httpOnly cookie. */
export async function logIn(
  db: Db,
  request: { username: string; password: string; address: string; now: Date },
): Promise<{ token: string; user: AuthenticatedUser }> {
  const { now } = request;
  const username = request.username.trim().toLowerCase();
  const accountKey = `conta:${username}`;
  const addressKey = `endereco:${request.address}`;
  await assertNotLocked(db, [accountKey, addressKey], now);
  const credentials = await findUserCredentials(db, username);
  const isValid = credentials?.isActive && (await verifyPassword(request.password, credentials.passwordHash));
  if (!credentials || !isValid) {
    await countFailure(db, accountKey, MAX_FAILURES_PER_ACCOUNT, now);
    await countFailure(db, addressKey, MAX_FAILURES_PER_ADDRESS, now);
    throw new AppError('UNAUTHORIZED', 'Usuário ou senha incorretos.');
  }
  await clearLoginAttempt(db, accountKey);
  const token = newSecret('s_');
  await deleteExpiredSessions(db, now.toISOString());
  await insertSession(db, {
    tokenHash: hashSecret(token),
    userId: credentials.id,
    createdAt: now.toISOString(),
    expiresAt: minutesLater(now, SESSION_HOURS * 60),
  });
  await appendAudit(db, [
    {
      at: now.toISOString(),
      userId: credentials.id,
      username: credentials.username,
      action: 'login',
      entity: 'sessao',
      entityKey: credentials.username,
      before: null,
      after: null,
    },
  ]);
  return { token, user: toActor(credentials) };
}

export async function logOut(db: Db, token: string): Promise<void> {
  await deleteSession(db, hashSecret(token));
}

/** The user behind a session cookie, if the session is valid and the user still active. */
export async function userFromSession(db: Db, token: string, now: Date): Promise<AuthenticatedUser | null> {
  const userId = await findSessionUserId(db, hashSecret(token), now.toISOString());
  if (userId === null) return null;
  const user = await findUserById(db, userId);
  return user?.isActive ? toActor(user) : null;
}

/** A read token reads like the superintendence and changes nothing. */
export async function apiTokenIsValid(readDb: Db, db: Db, token: string, now: Date): Promise<boolean> {
  const found = await findActiveApiTokenByHash(readDb, hashSecret(token));
  if (!found) return false;
  // "Last used" is informative: never make a read wait for the writer (e.g. during an import).
  touchApiToken(db, found.id, now.toISOString()).catch((error: unknown) => console.error('token:', error));
  return true;
}
