/**
 * The server keeps the sessions it checked (http/session-check.ts) while "who may read" keeps its
 * revision, which the database itself renews when a session, a user or a scope changes. A change
 * made outside this server (the command line, another instance) must still show on the very next
 * request, on both engines.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../server/db/client.ts';
import { readRevisions } from '../../server/db/repositories/data-revision-repository.ts';
import { SESSION_HOURS } from '../../server/services/auth.ts';
import { getJson, logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';

type Me = { user: { username: string; role: string; territoryCodes: string[] } };

describe('a change of access made outside the server', () => {
  let server: TestServer;
  let outside: Db;

  beforeEach(async () => {
    server = await startTestServer({ seedExampleData: false });
    outside = createDb(server.databaseUrl);
  });

  afterEach(async () => {
    await outside.destroy();
    await server.stop();
  });

  const me = (cookie: string) => getJson<Me>(server, '/api/v1/me', { cookie });
  const norteId = async () =>
    ((await outside('users').where({ username: 'norte' }).first('id')) as { id: number }).id;

  it('ends a session deleted elsewhere (a logout on another instance) on the next request', async () => {
    const cookie = await logInAs(server, 'norte');
    expect((await me(cookie)).status).toBe(200);
    expect((await me(cookie)).body.user.username).toBe('norte');
    await outside('sessions')
      .where({ user_id: await norteId() })
      .delete();
    expect((await me(cookie)).status).toBe(401);
    // Other people's sessions go on.
    expect((await me(server.adminCookie)).status).toBe(200);
  });

  it('refuses a user deactivated elsewhere, and lets them back in when reactivated', async () => {
    const cookie = await logInAs(server, 'norte');
    expect((await me(cookie)).status).toBe(200);
    await outside('users').where({ username: 'norte' }).update({ is_active: false });
    expect((await me(cookie)).status).toBe(401);
    await outside('users').where({ username: 'norte' }).update({ is_active: true });
    expect((await me(cookie)).status).toBe(200);
  });

  it('applies a scope changed elsewhere to the next request', async () => {
    const cookie = await logInAs(server, 'norte');
    expect((await me(cookie)).body.user.territoryCodes).toEqual(['5103']);
    await outside('user_scopes')
      .where({ user_id: await norteId(), code: '5103' })
      .update({ code: '5101' });
    expect((await me(cookie)).body.user.territoryCodes).toEqual(['5101']);
    await outside('user_scopes').insert({ user_id: await norteId(), kind: 'territory', code: '5102' });
    expect((await me(cookie)).body.user.territoryCodes).toEqual(['5101', '5102']);
  });

  it('gives "who may read" a new revision on every insert, update and delete of the tables it covers', async () => {
    const id = await norteId();
    const changes = [
      () => outside('user_scopes').insert({ user_id: id, kind: 'territory', code: '5102' }),
      () => outside('user_scopes').where({ user_id: id, code: '5102' }).update({ code: '5104' }),
      () => outside('user_scopes').where({ user_id: id, code: '5104' }).delete(),
      () => outside('users').where({ id }).update({ display_name: 'Gestor Norte' }),
      () =>
        outside('sessions').insert({
          token_hash: 'feito-fora',
          user_id: id,
          created_at: '2026-11-24T12:00:00.000Z',
          expires_at: '2026-11-25T00:00:00.000Z',
        }),
      () =>
        outside('sessions')
          .where({ token_hash: 'feito-fora' })
          .update({ expires_at: '2026-11-25T01:00:00.000Z' }),
      () => outside('sessions').where({ token_hash: 'feito-fora' }).delete(),
    ];
    for (const change of changes) {
      const before = await readRevisions(outside);
      await change();
      const after = await readRevisions(outside);
      expect(after.access).not.toBe(before.access);
      // Access is not data: figures kept so far stay kept.
      expect(after.data).toBe(before.data);
    }
  });
});

describe('a session kept by the server', () => {
  let clock = new Date('2026-11-24T12:00:00-04:00');
  let clocked: TestServer;

  beforeAll(async () => {
    clocked = await startTestServer({ seedExampleData: false, now: () => clock });
  });

  afterAll(async () => {
    await clocked.stop();
  });

  it('ends at its expiry instant, with nothing changed in the database', async () => {
    const cookie = await logInAs(clocked, 'coap');
    const me = () => getJson<Me>(clocked, '/api/v1/me', { cookie });
    expect((await me()).status).toBe(200);
    clock = new Date(clock.getTime() + SESSION_HOURS * 3600 * 1000 - 1000);
    expect((await me()).status).toBe(200);
    clock = new Date(clock.getTime() + 1000);
    expect((await me()).status).toBe(401);
  });
});
