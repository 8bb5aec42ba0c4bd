/**
 * Login, sessions and read tokens. Login attempts are counted per account and per address before
 * the password is checked; past the limit the key is locked for a while, so a guesser cannot try
 * passwords at speed, not even in parallel.
 */
import type { Actor } from '../../shared/domain/permissions.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { hashSecret, newSecret } from '../auth/secret-token.ts';
import type { Db } from '../db/client.ts';
import { findActiveApiTokenByHash, touchApiToken } from '../db/repositories/api-token-repository.ts';
import { appendAudit } from '../db/repositories/audit-repository.ts';
import {
  clearLoginAttempt,
  deleteExpiredSessions,
  deleteSession,
  findSessionUserId,
  insertSession,
  lockLoginAttempt,
  releaseLoginAttempt,
  reserveLoginAttempt,
} from '../db/repositories/session-repository.ts';
import { findUserById, findUserCredentials, type UserRow } from '../db/repositories/user-repository.ts';
import { AppError } from '../errors.ts';
import { logError } from '../logging.ts';

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

function tooManyAttempts(lockedUntil: string, now: Date): AppError {
  const minutes = Math.ceil((Date.parse(lockedUntil) - now.getTime()) / 60_000);
  return new AppError(
    'TOO_MANY_REQUESTS',
    `Muitas tentativas de entrada sem sucesso. Tente novamente em ${minutes} minuto${minutes === 1 ? '' : 's'}.`,
  );
}

/**
 * Counts the attempt *before* the password is checked, in one statement: of any number of
 * parallel guesses, only the first `limit` in the window are checked; the rest are refused.
 */
async function reserveAttempt(db: Db, key: string, limit: number, now: Date): Promise<void> {
  const { failures, lockedUntil } = await reserveLoginAttempt(
    db,
    key,
    now.toISOString(),
    minutesLater(now, -WINDOW_MINUTES),
  );
  if (lockedUntil && lockedUntil > now.toISOString()) throw tooManyAttempts(lockedUntil, now);
  if (failures > limit) {
    const until = minutesLater(now, LOCK_MINUTES);
    await lockLoginAttempt(db, key, until);
    throw tooManyAttempts(until, now);
  }
}

// Checked when the user is unknown or inactive, so both answers take as long as a wrong password.
let dummyHash: Promise<string> | undefined;
const timingDecoy = () => {
  dummyHash ??= hashPassword(newSecret('decoy_'));
  return dummyHash;
};

/** Checks the password and opens a session; the returned token goes into the httpOnly cookie. */
export async function logIn(
  db: Db,
  request: { username: string; password: string; address: string; now: Date },
): Promise<{ token: string; user: AuthenticatedUser }> {
  const { now } = request;
  const username = request.username.trim().toLowerCase();
  const accountKey = `conta:${username}`;
  const addressKey = `endereco:${request.address}`;
  await reserveAttempt(db, addressKey, MAX_FAILURES_PER_ADDRESS, now);
  await reserveAttempt(db, accountKey, MAX_FAILURES_PER_ACCOUNT, now);
  const credentials = await findUserCredentials(db, username);
  const isKnown = credentials?.isActive === true;
  const matches = await verifyPassword(
    request.password,
    isKnown ? credentials.passwordHash : await timingDecoy(),
  );
  if (!isKnown || !matches) throw new AppError('UNAUTHORIZED', 'Usuário ou senha incorretos.');
  await clearLoginAttempt(db, accountKey);
  await releaseLoginAttempt(db, addressKey);
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
  touchApiToken(db, found.id, now.toISOString()).catch((error: unknown) =>
    logError('token de leitura', error),
  );
  return true;
}
