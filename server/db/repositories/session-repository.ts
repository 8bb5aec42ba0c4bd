import type { Db } from '../client.ts';

export async function insertSession(
  db: Db,
  session: { tokenHash: string; userId: number; createdAt: string; expiresAt: string },
): Promise<void> {
  await db('sessions').insert({
    token_hash: session.tokenHash,
    user_id: session.userId,
    created_at: session.createdAt,
    expires_at: session.expiresAt,
  });
}

export async function findSessionUserId(db: Db, tokenHash: string, now: string): Promise<number | null> {
  const row: { user_id: number } | undefined = await db('sessions')
    .where({ token_hash: tokenHash })
    .andWhere('expires_at', '>', now)
    .first('user_id');
  return row?.user_id ?? null;
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db('sessions').where({ token_hash: tokenHash }).delete();
}

export async function deleteUserSessions(db: Db, userId: number): Promise<void> {
  await db('sessions').where({ user_id: userId }).delete();
}

export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db('sessions').where('expires_at', '<=', now).delete();
}

export type LoginAttemptRow = {
  key: string;
  failures: number;
  windowStartedAt: string;
  lockedUntil: string | null;
};

export async function findLoginAttempt(db: Db, key: string): Promise<LoginAttemptRow | null> {
  const row:
    | { key: string; failures: number; window_started_at: string; locked_until: string | null }
    | undefined = await db('login_attempts').where({ key }).first();
  return row
    ? {
        key: row.key,
        failures: row.failures,
        windowStartedAt: row.window_started_at,
        lockedUntil: row.locked_until,
      }
    : null;
}

export async function saveLoginAttempt(db: Db, attempt: LoginAttemptRow): Promise<void> {
  await db('login_attempts')
    .insert({
      key: attempt.key,
      failures: attempt.failures,
      window_started_at: attempt.windowStartedAt,
      locked_until: attempt.lockedUntil,
    })
    .onConflict('key')
    .merge();
}

export async function clearLoginAttempt(db: Db, key: string): Promise<void> {
  await db('login_attempts').where({ key }).delete();
}
