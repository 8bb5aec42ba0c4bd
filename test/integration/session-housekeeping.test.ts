/**
 * Expired sessions and forgotten login attempts are deleted on a schedule as well as at login
 * (issue 17, item 5), by one function; the schedule lives and dies with the server.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pruneSessionsAndLoginAttempts } from '../../server/services/session-housekeeping.ts';
import { instantAfter } from '../../shared/domain/dates.ts';
import { FROZEN_NOW, logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';

const HOUR = 3600;
let clock = FROZEN_NOW;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ seedExampleData: false, now: () => clock, housekeepingIntervalMs: 25 });
});

afterAll(async () => {
  await server.stop();
});

const sessionHashes = async () =>
  (await server.db('sessions').select('token_hash')).map((row: { token_hash: string }) => row.token_hash);
const attemptKeys = async () =>
  (await server.db('login_attempts').orderBy('key').select('key')).map((row: { key: string }) => row.key);

const attempt = (
  key: string,
  row: { lastAttemptAt: string; lockedUntil?: string; lastSuccessAt?: string },
) => ({
  key,
  username: null,
  address: null,
  failures: 3,
  last_attempt_at: row.lastAttemptAt,
  locked_until: row.lockedUntil ?? null,
  last_success_at: row.lastSuccessAt ?? null,
});

describe('pruning', () => {
  it('deletes expired sessions and quiet login keys, and keeps what is still in use', async () => {
    const now = new Date(Date.parse(FROZEN_NOW.toISOString()) + 30 * 86_400_000);
    const at = (seconds: number) => instantAfter(now, seconds);
    const userId = ((await server.db('users').where({ username: 'norte' }).first()) as { id: number }).id;
    await server.db('sessions').insert([
      { token_hash: 'teste-vencida', user_id: userId, created_at: at(-13 * HOUR), expires_at: at(-HOUR) },
      { token_hash: 'teste-vence-agora', user_id: userId, created_at: at(-12 * HOUR), expires_at: at(0) },
      { token_hash: 'teste-valida', user_id: userId, created_at: at(-HOUR), expires_at: at(11 * HOUR) },
    ]);
    await server.db('login_attempts').insert([
      attempt('teste:esquecida', { lastAttemptAt: at(-2 * HOUR) }),
      attempt('teste:recente', { lastAttemptAt: at(-10 * 60) }),
      // Quiet, but still waiting: the wait must not end by being forgotten.
      attempt('teste:esperando', { lastAttemptAt: at(-2 * HOUR), lockedUntil: at(HOUR) }),
      // Quiet, but the account logged in there 10 days ago: its owner's usual address (30 days).
      attempt('teste:conhecida', { lastAttemptAt: at(-2 * HOUR), lastSuccessAt: at(-10 * 24 * HOUR) }),
      attempt('teste:conhecida-ha-muito', {
        lastAttemptAt: at(-2 * HOUR),
        lastSuccessAt: at(-40 * 24 * HOUR),
      }),
    ]);

    await pruneSessionsAndLoginAttempts(server.db, now);
    // Twice, as two instances on one database would: the second deletes nothing and fails nothing.
    await pruneSessionsAndLoginAttempts(server.db, now);

    const sessions = await sessionHashes();
    expect(sessions).toContain('teste-valida');
    expect(sessions).not.toContain('teste-vencida');
    expect(sessions).not.toContain('teste-vence-agora');
    const keys = await attemptKeys();
    expect(keys.filter((key) => key.startsWith('teste:'))).toEqual([
      'teste:conhecida',
      'teste:esperando',
      'teste:recente',
    ]);
  });
});

describe('the schedule', () => {
  it('deletes a session once it expires, without anyone logging in', async () => {
    const cookie = await logInAs(server, 'coap');
    const me = () => fetch(`${server.url}/api/v1/me`, { headers: { cookie } });
    expect((await me()).status).toBe(200);
    const before = await sessionHashes();
    clock = new Date(Date.parse(clock.toISOString()) + 13 * HOUR * 1000);
    expect((await me()).status).toBe(401);
    await vi.waitFor(async () => expect((await sessionHashes()).length).toBeLessThan(before.length), {
      timeout: 5_000,
    });
  });

  it('stops with the server: no tick runs against its closed database', async () => {
    const other = await startTestServer({ seedExampleData: false, housekeepingIntervalMs: 10 });
    const logged = vi.spyOn(console, 'error');
    try {
      await other.stop();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });
});
