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

/**
 * Counts one more attempt for `key` in a single statement (no read-then-write a parallel request
 * could slip between) and returns the count and any lock. A window older than `windowStart`
 * starts again at 1.
 */
export async function reserveLoginAttempt(
  db: Db,
  key: string,
  now: string,
  windowStart: string,
): Promise<{ failures: number; lockedUntil: string | null }> {
  const isOpen = 'login_attempts.window_started_at > ?';
  const [row] = await db('login_attempts')
    .insert({ key, failures: 1, window_started_at: now, locked_until: null })
    .onConflict('key')
    .merge({
      failures: db.raw(`CASE WHEN ${isOpen} THEN login_attempts.failures + 1 ELSE 1 END`, [windowStart]),
      window_started_at: db.raw(`CASE WHEN ${isOpen} THEN login_attempts.window_started_at ELSE ? END`, [
        windowStart,
        now,
      ]),
    })
    .returning(['failures', 'locked_until']);
  return { failures: Number(row.failures), lockedUntil: row.locked_until ?? null };
}

export async function lockLoginAttempt(db: Db, key: string, until: string): Promise<void> {
  await db('login_attempts').where({ key }).update({ locked_until: until });
}

/** A successful login gives back the attempt it reserved on its address. */
export async function releaseLoginAttempt(db: Db, key: string): Promise<void> {
  await db('login_attempts')
    .where({ key })
    .andWhere('failures', '>', 0)
    .update({ failures: db.raw('failures - 1') });
}

export async function clearLoginAttempt(db: Db, key: string): Promise<void> {
  await db('login_attempts').where({ key }).delete();
}
