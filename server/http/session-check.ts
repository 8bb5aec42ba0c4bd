/**
 * The session check every request makes: who is calling, and the data's revision (figure-cache).
 * The server keeps each session it checked while "who may read" keeps its revision
 * (migration 20261209000000: the database gives it a new one whenever a session, a user or a scope
 * changes, whoever changes it). So a request reads one row with both revisions, shared by the calls
 * that arrive together, and a session only when it is new to the server or access changed.
 */

import { hashSecret } from '../auth/secret-token.ts';
import type { Db } from '../db/client.ts';
import { readRevisions } from '../db/repositories/data-revision-repository.ts';
import { type AuthenticatedUser, userFromSession } from '../services/auth.ts';

/**
 * `read(key)` shared by the calls with the same key, but only a read that *started after the call
 * arrived*: a call made while a read runs waits for the next one (which every call arriving
 * meanwhile shares) rather than taking the running one's answer. So a logout, a deactivated user or
 * a write committed before a call arrived is always seen by that call, as with one read per call.
 */
export function sharedFreshReads<Key, Value>(read: (key: Key) => Promise<Value>) {
  const running = new Map<Key, Promise<Value>>();
  const queued = new Map<Key, Promise<Value>>();
  const start = (key: Key): Promise<Value> => {
    const reading = read(key).finally(() => {
      if (running.get(key) === reading) running.delete(key);
    });
    running.set(key, reading);
    return reading;
  };
  return (key: Key): Promise<Value> => {
    const next = queued.get(key);
    if (next) return next;
    const current = running.get(key);
    if (!current) return start(key);
    const later = current
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        queued.delete(key);
        return start(key);
      });
    queued.set(key, later);
    return later;
  };
}

type CheckedSession = { user: AuthenticatedUser; expiresAt: number };

/**
 * `sessionDb` as in authenticate; `now` is read when a read starts, never before the call arrived.
 * A session ends at its expiry instant without any read: it is kept with its end.
 */
export function createSessionCheck(sessionDb: Db, now: () => Date) {
  const revisionsNow = sharedFreshReads((_all: 'all') => readRevisions(sessionDb));
  const sessionNow = sharedFreshReads(async (tokenHash: string): Promise<CheckedSession | null> => {
    const found = await userFromSession(sessionDb, tokenHash, now());
    return found && { user: found.user, expiresAt: Date.parse(found.expiresAt) };
  });
  // The valid sessions checked under one access revision; a new revision starts an empty set.
  let known = { access: '', sessions: new Map<string, CheckedSession>() };

  return async (token: string): Promise<{ user: AuthenticatedUser; dataRevision: string } | null> => {
    const revisions = await revisionsNow('all');
    if (revisions.access !== known.access) known = { access: revisions.access, sessions: new Map() };
    const { sessions } = known;
    const tokenHash = hashSecret(token);
    let session = sessions.get(tokenHash) ?? null;
    if (!session) {
      // Read after the revisions, so never older than them: it may be kept under them. An unknown
      // token is not kept (anyone can make up tokens); it can only become valid with a new access revision.
      session = await sessionNow(tokenHash);
      if (session) sessions.set(tokenHash, session);
    }
    if (!session || session.expiresAt <= now().getTime()) return null;
    return { user: session.user, dataRevision: revisions.data };
  };
}
