/** Sessions, an address's wait, security headers and read scoping, through the real HTTP server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/start.ts';
import { demoPassword, getJson, logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ seedExampleData: true });
});

afterAll(async () => {
  await server.stop();
});

function postLogin(username: string, password: string, address?: string) {
  return fetch(`${server.url}/api/v1/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(address && { 'x-forwarded-for': address }) },
    body: JSON.stringify({ username, password }),
  });
}

describe('without a session', () => {
  it('only the login page and /health answer', async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/login`)).status).toBe(200);
    const page = await fetch(`${server.url}/indicador/713?ano=2025`, { redirect: 'manual' });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/login?proximo=%2Findicador%2F713%3Fano%3D2025');
    const api = await getJson<{ error: string }>(server, '/api/v1/indicators', { cookie: null });
    expect(api.status).toBe(401);
    expect(api.body.error).toMatch(/Entre no painel/);
    const trpc = await fetch(
      `${server.url}/trpc/scorecard.state?input=${encodeURIComponent('{"year":2025}')}`,
    );
    expect(trpc.status).toBe(401);
    expect(((await trpc.json()) as { error: { message: string } }).error.message).toMatch(/Entre novamente/);
  });
});

describe('login', () => {
  it('opens a session in an httpOnly, SameSite cookie and closes it on logout', async () => {
    const response = await postLogin('coap', demoPassword('coap'));
    expect(response.status).toBe(200);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^painel_sessao=s_/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/); // not in production
    const cookie = setCookie.split(';')[0] as string;
    expect((await getJson(server, '/api/v1/me', { cookie })).status).toBe(200);
    await fetch(`${server.url}/api/v1/logout`, { method: 'POST', headers: { cookie } });
    expect((await getJson(server, '/api/v1/me', { cookie })).status).toBe(401);
  });

  it('says the same thing for an unknown user and a wrong password', async () => {
    const unknown = await postLogin('ninguem', 'qualquer-coisa-1', '10.0.0.1');
    const wrong = await postLogin('superintendencia', 'senha-errada-1', '10.0.0.1');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(await unknown.json()).toEqual({ error: 'Usuário ou senha incorretos.' });
    expect(await wrong.json()).toEqual({ error: 'Usuário ou senha incorretos.' });
  });

  // The waits of one account (security.test.ts, defects 1 and 2) are separate from these.
  it('makes an address wait after 20 failures, whatever the account', async () => {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      await postLogin(`tentativa${attempt}`, 'errada-errada', '10.0.0.9');
    }
    const locked = await postLogin('admin', demoPassword('admin'), '10.0.0.9');
    expect(locked.status).toBe(429);
    // Another address is not affected.
    expect((await postLogin('admin', demoPassword('admin'), '10.0.0.10')).status).toBe(200);
  });

  it('answers a bad body in Portuguese', async () => {
    const response = await fetch(`${server.url}/api/v1/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: '' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/Informe o usuário/);
  });
});

describe('security headers', () => {
  it('sends a Content-Security-Policy and forbids framing', async () => {
    const response = await fetch(`${server.url}/login`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'self'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('a gestor regional reads the state and their own macrorregião only', () => {
  it('sees Norte and its regions, not the others', async () => {
    const cookie = await logInAs(server, 'norte', demoPassword('norte'));
    const macros = await getJson<{ territoryCode: string }[]>(
      server,
      '/api/v1/indicators/713/values?level=macro&year=2025',
      {
        cookie,
      },
    );
    expect(macros.body.map((figure) => figure.territoryCode)).toEqual(['5103']);
    const regions = await getJson<{ territoryCode: string }[]>(
      server,
      '/api/v1/indicators/713/values?level=region&year=2025',
      {
        cookie,
      },
    );
    expect(regions.body.map((figure) => figure.territoryCode).sort()).toEqual([
      '51001',
      '51010',
      '51014',
      '51015',
      '51016',
    ]);
    const state = await getJson<unknown[]>(server, '/api/v1/indicators/713/values?level=state&year=2025', {
      cookie,
    });
    expect(state.body).toHaveLength(1);
    const other = await fetch(
      `${server.url}/trpc/territory.view?input=${encodeURIComponent(JSON.stringify({ code: '5105', year: 2025 }))}`,
      { headers: { cookie } },
    );
    expect(other.status).toBe(403);
    // The pickers only offer what the manager may open.
    const tree = await fetch(`${server.url}/trpc/territory.tree`, { headers: { cookie } });
    const codes = ((await tree.json()) as { result: { data: { code: string }[] } }).result.data.map(
      (node) => node.code,
    );
    expect(codes).toContain('51');
    expect(codes).toContain('5103');
    expect(codes).not.toContain('5105');
    expect(codes).toHaveLength(1 + 1 + 5 + 36);
    expect(((await other.json()) as { error: { message: string } }).error.message).toMatch(
      /Seu acesso não inclui/,
    );
  });
});

describe('production', () => {
  it('refuses to start while a demo password is still set', async () => {
    await expect(
      startServer({
        databaseUrl: server.databaseUrl,
        port: 0,
        seedExampleData: false,
        isProduction: true,
      }),
    ).rejects.toThrow(/admin, superintendencia, coap, norte ainda têm a senha de demonstração/);
  });
});
