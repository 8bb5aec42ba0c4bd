/**
 * Expired sessions and forgotten login attempts are deleted at every login and, so that a quiet
 * server does not keep them for weeks, every hour (issue 17, item 5). Two plain DELETEs of rows past
 * their time: several instances on one PostgreSQL may run them at once, the second deletes nothing.
 * Neither is a transaction, so the kept figures stay (knex-clients.ts bumps the revision on commits).
 */
import type { Db } from '../db/client.ts';
import { deleteExpiredSessions, deleteQuietLoginAttempts } from '../db/repositories/session-repository.ts';
import { logError } from '../logging.ts';
import { loginAttemptHorizons } from './login-throttle.ts';

export const HOUSEKEEPING_INTERVAL_MS = 60 * 60 * 1000;

/** Deletes the sessions expired at `now` and the login keys nobody needs to remember any more. */
export async function pruneSessionsAndLoginAttempts(db: Db, now: Date): Promise<void> {
  await deleteExpiredSessions(db, now.toISOString());
  const { forgetBefore, knownSince } = loginAttemptHorizons(now);
  await deleteQuietLoginAttempts(db, { now: now.toISOString(), quietBefore: forgetBefore, knownSince });
}

export type Housekeeping = { stop(): Promise<void> };

/**
 * Prunes every `intervalMs` until stopped. The timer is unref'ed (it never keeps the process alive)
 * and a failure — the database away for a moment — is logged and tried again at the next tick.
 */
export function startHousekeeping(options: { db: Db; now: () => Date; intervalMs?: number }): Housekeeping {
  let pruning: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    pruning = pruneSessionsAndLoginAttempts(options.db, options.now()).catch((error: unknown) =>
      logError('limpeza de sessões e tentativas de entrada', error),
    );
  }, options.intervalMs ?? HOUSEKEEPING_INTERVAL_MS);
  timer.unref();
  return {
    // A pruning under way finishes before the server closes its database.
    async stop() {
      clearInterval(timer);
      await pruning;
    },
  };
}
