/** Login, sessions and read tokens. How fast passwords can be tried is `login-throttle.ts`. */
import { instantAfter } from '../../shared/domain/dates.ts';
import { describeWait, WAIT_SECONDS } from '../../shared/domain/login-limits.ts';
import type { Actor } from '../../shared/domain/permissions.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { hashSecret, newSecret } from '../auth/secret-token.ts';
import type { Db } from '../db/client.ts';
import { findActiveApiTokenByHash, touchApiToken } from '../db/repositories/api-token-repository.ts';
import { deleteSession, insertSession } from '../db/repositories/session-repository.ts';
import { findSessionUser, findUserCredentials, type UserRow } from '../db/repositories/user-repository.ts';
import { AppError } from '../errors.ts';
import { logError } from '../logging.ts';
import { auditChange } from './audit.ts';
import { nextFailureWaits, recordLoginSuccess, reserveLoginAttempt } from './login-throttle.ts';
import { pruneSessionsAndLoginAttempts } from './session-housekeeping.ts';

export const SESSION_HOURS = 12;

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
  const reservation = await reserveLoginAttempt(db, username, request.address, now);
  const credentials = await findUserCredentials(db, username);
  const isKnown = credentials?.isActive === true;
  const matches = await verifyPassword(
    request.password,
    isKnown ? credentials.passwordHash : await timingDecoy(),
  );
  if (!isKnown || !matches)
    throw new AppError(
      'UNAUTHORIZED',
      nextFailureWaits(reservation)
        ? `Usuário ou senha incorretos. Mais uma senha errada e a entrada terá de esperar ${describeWait(WAIT_SECONDS[0])}.`
        : 'Usuário ou senha incorretos.',
    );
  await recordLoginSuccess(db, reservation, now);
  const token = newSecret('s_');
  await pruneSessionsAndLoginAttempts(db, now);
  await insertSession(db, {
    tokenHash: hashSecret(token),
    userId: credentials.id,
    createdAt: now.toISOString(),
    expiresAt: instantAfter(now, SESSION_HOURS * 3600),
  });
  await auditChange(db, credentials, now, {
    action: 'login',
    entity: 'sessao',
    key: credentials.username,
  });
  return { token, user: toActor(credentials) };
}

export async function logOut(db: Db, token: string): Promise<void> {
  await deleteSession(db, hashSecret(token));
}

/**
 * The user behind a session token, if the session is valid at `now` and the user still active, and
 * when the session ends.
 */
export async function userFromSession(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<{ user: AuthenticatedUser; expiresAt: string } | null> {
  const found = await findSessionUser(db, tokenHash, now.toISOString());
  return found?.user.isActive ? { user: toActor(found.user), expiresAt: found.expiresAt } : null;
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
