import type { Db } from '../client.ts';
import { instantParameter } from '../dialect.ts';

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

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db('sessions').where({ token_hash: tokenHash }).delete();
}

export async function deleteUserSessions(db: Db, userId: number): Promise<void> {
  await db('sessions').where({ user_id: userId }).delete();
}

export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db('sessions').where('expires_at', '<=', now).delete();
}

export type LoginAttemptKey = { key: string; username: string | null; address: string | null };

export type LoginAttemptRow = LoginAttemptKey & { failures: number; lockedUntil: string | null };

/**
 * Counts one more attempt for `key` in a single statement (no read-then-write a parallel request
 * could slip between), unless the key is waiting: then nothing is counted and `null` comes back.
 * A key quiet since `forgetBefore` starts again at 1. From the `freeAttempts`-th counted attempt
 * on, the key waits until `waitsUntil[0]`, then `[1]`… (the last one repeats).
 */
export async function countLoginAttempt(
  db: Db,
  attempt: LoginAttemptKey,
  at: { now: string; forgetBefore: string; freeAttempts: number; waitsUntil: readonly string[] },
): Promise<{ failures: number; lastSuccessAt: string | null } | null> {
  const failures = 'CASE WHEN login_attempts.last_attempt_at > ? THEN login_attempts.failures + 1 ELSE 1 END';
  const steps = at.waitsUntil.slice(0, -1);
  const until = instantParameter(db);
  const lockedUntil = [
    `CASE WHEN (${failures}) < ${at.freeAttempts} THEN NULL`,
    ...steps.map((_, step) => `WHEN (${failures}) = ${at.freeAttempts + step} THEN ${until}`),
    `ELSE ${until} END`,
  ].join(' ');
  const bindings = [
    at.forgetBefore,
    ...steps.flatMap((until) => [at.forgetBefore, until]),
    at.waitsUntil.at(-1) ?? null,
  ];
  const rows: { failures: number; last_success_at: string | null }[] = await db('login_attempts')
    .insert({
      key: attempt.key,
      username: attempt.username,
      address: attempt.address,
      failures: 1,
      last_attempt_at: at.now,
      locked_until: null,
    })
    .onConflict('key')
    .merge({
      failures: db.raw(failures, [at.forgetBefore]),
      last_attempt_at: at.now,
      locked_until: db.raw(lockedUntil, bindings),
    })
    .where((query) =>
      query.whereNull('login_attempts.locked_until').orWhere('login_attempts.locked_until', '<=', at.now),
    )
    .returning(['failures', 'last_success_at']);
  const [row] = rows;
  return row ? { failures: Number(row.failures), lastSuccessAt: row.last_success_at ?? null } : null;
}

export async function findLoginAttempt(db: Db, key: string): Promise<LoginAttemptRow | undefined> {
  const row = await db('login_attempts').where({ key }).first();
  return row && toLoginAttempt(row);
}

/** Keys waiting at `now`, the longest wait first. */
export async function listWaitingLoginAttempts(db: Db, now: string): Promise<LoginAttemptRow[]> {
  const rows = await db('login_attempts').where('locked_until', '>', now).orderBy('locked_until', 'desc');
  return rows.map(toLoginAttempt);
}

function toLoginAttempt(row: {
  key: string;
  username: string | null;
  address: string | null;
  failures: number;
  locked_until: string | null;
}): LoginAttemptRow {
  return {
    key: row.key,
    username: row.username,
    address: row.address,
    failures: Number(row.failures),
    lockedUntil: row.locked_until,
  };
}

/** Gives back an attempt that succeeded, and the wait it started, if it started one. */
export async function uncountLoginAttempt(db: Db, key: string, options: { endWait: boolean }): Promise<void> {
  await db('login_attempts')
    .where({ key })
    .andWhere('failures', '>', 0)
    .update({ failures: db.raw('failures - 1'), ...(options.endWait ? { locked_until: null } : {}) });
}

/** The account logged in at this address: its failures there are forgotten, the address is known. */
export async function markLoginSuccess(db: Db, key: string, now: string): Promise<void> {
  await db('login_attempts').where({ key }).update({ failures: 0, locked_until: null, last_success_at: now });
}

/** Drops keys quiet since `quietBefore`, not waiting and not a known address since `knownSince`. */
export async function deleteQuietLoginAttempts(
  db: Db,
  at: { now: string; quietBefore: string; knownSince: string },
): Promise<void> {
  await db('login_attempts')
    .where('last_attempt_at', '<', at.quietBefore)
    .andWhere((query) => query.whereNull('locked_until').orWhere('locked_until', '<=', at.now))
    .andWhere((query) => query.whereNull('last_success_at').orWhere('last_success_at', '<', at.knownSince))
    .delete();
}

/** Forgets the counted attempts of one key, of one account everywhere, or of one address. */
export async function clearLoginAttempts(
  db: Db,
  which: { key: string } | { username: string } | { address: string },
): Promise<void> {
  await db('login_attempts').where(which).delete();
}
