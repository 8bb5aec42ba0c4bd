/**
 * Security defects found by probing the running server (issue 12), each with a test that failed on
 * the code before its fix. Defects of the issue's table covered so far: 1, 2, 3, 4, 6, 7, 9, 10, 11, 12 and
 * 8 here; 5 in server/logging.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as password from '../../server/auth/password.ts';
import { csvCell } from '../../shared/format.ts';
import { TRPC_MAX_BATCH, TRPC_MAX_BODY_BYTES } from '../../shared/trpc-limits.ts';
import { demoPassword, logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

// The real hashing, watched: defect 7 checks that an unknown user costs a password check too.
vi.mock('../../server/auth/password.ts', async (original) => {
  const real = await original<typeof import('../../server/auth/password.ts')>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

let server: TestServer;
let coap: string;

beforeAll(async () => {
  server = await startTestServer({ seedExampleData: false });
  coap = await logInAs(server, 'coap');
});

afterAll(async () => {
  await server.stop();
});

describe('defect 4: an unknown or malformed bearer token', () => {
  it('answers 401 in Portuguese on the API, tRPC and pages, never a 500', async () => {
    for (const path of ['/api/v1/indicators', '/trpc/scorecard.state?input=%7B%22year%22%3A2025%7D', '/']) {
      const response = await fetch(`${server.url}${path}`, { headers: { authorization: 'Bearer garbage' } });
      expect(response.status, path).toBe(401);
      expect(await response.text(), path).toMatch(/Token de acesso inválido ou revogado/);
    }
  });
});

describe('defect 6: a malformed X-Nome-Arquivo header', () => {
  it('is a 400 with the header named, not a 500', async () => {
    const response = await fetch(`${server.url}/api/v1/imports?formato=modelo`, {
      method: 'POST',
      headers: { cookie: coap, 'content-type': 'application/octet-stream', 'x-nome-arquivo': '%E0%A4%A' },
      body: 'indicador;ibge;periodo;numerador;denominador\n',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/X-Nome-Arquivo/);
  });
});

describe('defect 9: CSV cells that a spreadsheet would run as formulas', () => {
  it('are written as text, while numbers stay numbers', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+55 65 3613-5300')).toBe("'+55 65 3613-5300");
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-5.5)).toBe('-5,5');
    expect(csvCell('Cuiabá')).toBe('Cuiabá');
  });
});

describe('defect 11: authenticated responses are not cached', () => {
  it('sends Cache-Control: no-store on the API and tRPC', async () => {
    for (const path of ['/api/v1/indicators', '/trpc/scorecard.state?input=%7B%22year%22%3A2025%7D']) {
      const response = await fetch(`${server.url}${path}`, { headers: { cookie: coap } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-store');
    }
  });
});

describe('defect 12: weak passwords', () => {
  it('refuses a password equal to the username, short ones and common ones, in Portuguese', async () => {
    const admin = trpcAs(server.url, server.adminCookie);
    const user = (password: string) =>
      admin.admin.createUser.mutate({
        username: 'joana.lima',
        displayName: 'Joana Lima',
        role: 'superintendence',
        password,
        coordinationCodes: [],
        territoryCodes: [],
      });
    await expect(user('joana.lima')).rejects.toThrow(/ao menos 12 caracteres/);
    await expect(user('joana.lima.2026')).rejects.toThrow(/não pode conter o nome de usuário/);
    await expect(user('senha12345678')).rejects.toThrow(/entre as mais usadas/);
    await expect(user('planilha-de-metas-azul')).resolves.toMatchObject({ username: 'joana.lima' });
  });
});

describe('defect 3: request size and batch limits on tRPC', () => {
  it('refuses a body over the limit with a 413 in Portuguese', async () => {
    const huge = JSON.stringify({ note: 'x'.repeat(TRPC_MAX_BODY_BYTES + 1024) });
    const response = await fetch(`${server.url}/trpc/admin.createUser`, {
      method: 'POST',
      headers: { cookie: server.adminCookie, 'content-type': 'application/json' },
      body: huge,
    });
    expect(response.status).toBe(413);
    expect(await trpcMessage(response)).toMatch(/Requisição grande demais \(o limite é de 2 MB\)/);
  });

  it('refuses a batch of more calls than the client ever sends, and accepts one at the limit', async () => {
    const batch = (size: number) => {
      const paths = Array.from({ length: size }, () => 'territory.tree').join(',');
      const input = encodeURIComponent(JSON.stringify({}));
      return fetch(`${server.url}/trpc/${paths}?batch=1&input=${input}`, { headers: { cookie: coap } });
    };
    const tooMany = await batch(TRPC_MAX_BATCH + 1);
    expect(tooMany.status).toBe(400);
    expect(JSON.stringify(await tooMany.json())).toMatch(/Requisição inválida/);
    expect((await batch(TRPC_MAX_BATCH)).status).toBe(200);
  });
});

describe("defect 8: tRPC's own refusals reach the user in Portuguese", () => {
  it('bad JSON, an unknown procedure and a missing content type', async () => {
    const post = (path: string, body: string, contentType?: string) =>
      fetch(`${server.url}/trpc/${path}`, {
        method: 'POST',
        headers: { cookie: server.adminCookie, ...(contentType ? { 'content-type': contentType } : {}) },
        body,
      });
    const cases: [Response, number, RegExp][] = [
      [await post('admin.createUser', '{"username":', 'application/json'), 400, /Requisição inválida/],
      [
        await fetch(`${server.url}/trpc/nao.existe`, { headers: { cookie: coap } }),
        404,
        /Operação não encontrada/,
      ],
      [await post('admin.createUser', '{}'), 415, /envie JSON/],
    ];
    for (const [response, status, message] of cases) {
      const text = await trpcMessage(response);
      expect(response.status, text).toBe(status);
      expect(text).toMatch(message);
      expect(text).not.toMatch(/Unexpected|No procedure|content-type/i);
    }
  });
});

describe("defect 8: zod's own refusals name the field, in Portuguese", () => {
  it('a token name too long, a user without a name and a year that is not a number', async () => {
    const admin = trpcAs(server.url, server.adminCookie);
    await expect(admin.admin.issueToken.mutate({ name: 'x'.repeat(81) })).rejects.toThrow(
      'Nome: no máximo 80 caracteres.',
    );
    const response = await fetch(`${server.url}/trpc/admin.createUser`, {
      method: 'POST',
      headers: { cookie: server.adminCookie, 'content-type': 'application/json' },
      body: JSON.stringify({
        username: 'nova.pessoa',
        role: 'superintendence',
        password: 'uma-senha-longa-9',
      }),
    });
    expect(response.status).toBe(400);
    expect(await trpcMessage(response)).toBe('Nome completo: obrigatório.');
    const rest = await fetch(`${server.url}/api/v1/indicators/713/values?year=dois-mil`, {
      headers: { cookie: coap },
    });
    expect(rest.status).toBe(400);
    expect(await rest.text()).not.toMatch(/esperava|Invalid|expected/i);
  });
});

describe('item 1: small body limits on the JSON routes', () => {
  it('answers a 20 KB login body with a 413 that names its own limit', async () => {
    const response = await fetch(`${server.url}/api/v1/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'norte', password: 'x'.repeat(20_000) }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'Requisição grande demais (o limite é de 10 KB).' });
  });
});

describe('a request Node refuses before the app sees it', () => {
  it('answers a 20 KB address with a 431 in Portuguese', async () => {
    const response = await fetch(`${server.url}/api/v1/indicators?busca=${'a'.repeat(20_000)}`, {
      headers: { cookie: coap },
    });
    expect(response.status).toBe(431);
    expect(await response.json()).toEqual({
      error: 'Endereço ou cabeçalhos grandes demais (o limite é de 16 KB).',
    });
  });
});

describe('item 5: the user form', () => {
  it('gets every problem the server finds in one answer', async () => {
    const admin = trpcAs(server.url, server.adminCookie);
    await expect(
      admin.admin.createUser.mutate({
        username: 'maria.silva',
        displayName: 'Maria Silva',
        role: 'coordination',
        password: 'maria.silva-123',
        coordinationCodes: ['XYZ', 'ABC'],
        territoryCodes: [],
      }),
    ).rejects.toThrow('A senha não pode conter o nome de usuário. Coordenadorias XYZ, ABC não existem.');
    expect((await admin.admin.users.query()).map((user) => user.username)).not.toContain('maria.silva');
  });
});

async function trpcMessage(response: Response): Promise<string> {
  const body = (await response.json()) as { error?: { message?: string } };
  return body.error?.message ?? JSON.stringify(body);
}

function postLogin(username: string, secret: string, address: string) {
  return fetch(`${server.url}/api/v1/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ username, password: secret }),
  });
}

describe('defect 1: parallel guesses against one account', () => {
  it('checks 5 of 40 simultaneous wrong passwords from one address and refuses the other 35', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => postLogin('norte', 'palpite-errado', '10.1.0.1')),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(35);
    const right = await postLogin('norte', demoPassword('norte'), '10.1.0.1');
    expect(right.status).toBe(429);
    expect(((await right.json()) as { error: string }).error).toMatch(
      /Muitas tentativas.*Aguarde 30 segundos/,
    );
  });

  it('checks 20 of 40 simultaneous wrong passwords from 40 addresses', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        postLogin('conta.adivinhada', 'palpite-errado', `10.1.1.${index}`),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(20);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20);
  });
});

describe('defect 2: a stranger cannot lock an account; waits grow; the administrator releases', () => {
  let clock = new Date('2026-11-24T12:00:00-04:00');
  let clocked: TestServer;
  const tryLogin = (username: string, secret: string, address: string) =>
    fetch(`${clocked.url}/api/v1/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ username, password: secret }),
    });
  const errorOf = async (response: Response) => ((await response.json()) as { error: string }).error;
  const wait = (seconds: number) => {
    clock = new Date(clock.getTime() + seconds * 1000);
  };

  beforeAll(async () => {
    clocked = await startTestServer({ seedExampleData: false, now: () => clock });
  });

  afterAll(async () => {
    await clocked.stop();
  });

  it('makes the guesser wait longer after each failure, while the user logs in from elsewhere', async () => {
    for (let attempt = 0; attempt < 4; attempt += 1)
      expect(await errorOf(await tryLogin('admin', 'palpite-errado', '10.2.1.1'))).toBe(
        attempt < 3
          ? 'Usuário ou senha incorretos.'
          : 'Usuário ou senha incorretos. Mais uma senha errada e a entrada terá de esperar 30 segundos.',
      );
    expect((await tryLogin('admin', 'palpite-errado', '10.2.1.1')).status).toBe(401);
    for (const [waited, next] of [
      [30, '1 minuto'],
      [60, '2 minutos'],
      [120, '4 minutos'],
    ] as const) {
      const early = await tryLogin('admin', 'palpite-errado', '10.2.1.1');
      expect(early.status).toBe(429);
      expect(await errorOf(early)).toMatch(
        new RegExp(`Aguarde ${waited === 30 ? '30 segundos' : `${waited / 60} minuto`}`),
      );
      wait(waited);
      expect((await tryLogin('admin', 'palpite-errado', '10.2.1.1')).status).toBe(401);
      expect(await errorOf(await tryLogin('admin', 'palpite-errado', '10.2.1.1'))).toMatch(`Aguarde ${next}`);
    }
    expect((await tryLogin('admin', demoPassword('admin'), '10.2.1.2')).status).toBe(200);
  });

  it('leaves no count or wait behind for a refused attempt, nor for a right password', async () => {
    // conta.alvo waits everywhere after 20 wrong passwords from 20 addresses.
    for (let attempt = 0; attempt < 20; attempt += 1)
      await tryLogin('conta.alvo', 'palpite-errado', `10.2.5.${attempt}`);
    // An office address with 19 wrong passwords for as many names.
    for (let attempt = 0; attempt < 19; attempt += 1)
      expect((await tryLogin(`pessoa${attempt}`, 'palpite-errado', '10.2.6.1')).status).toBe(401);
    // Refused by conta.alvo's wait: the address's count must stay at 19, without a wait.
    expect((await tryLogin('conta.alvo', 'palpite-errado', '10.2.6.1')).status).toBe(429);
    // The 20th attempt of the address, and a right one: it must not start a wait for the office.
    expect((await tryLogin('norte', demoPassword('norte'), '10.2.6.1')).status).toBe(200);
    expect((await tryLogin('superintendencia', demoPassword('superintendencia'), '10.2.6.1')).status).toBe(
      200,
    );
  });

  it('forgets the failures of a key left alone for an hour', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) await tryLogin('norte', 'palpite-errado', '10.2.2.1');
    expect((await tryLogin('norte', 'palpite-errado', '10.2.2.1')).status).toBe(429);
    wait(61 * 60);
    for (let attempt = 0; attempt < 5; attempt += 1)
      expect((await tryLogin('norte', 'palpite-errado', '10.2.2.1')).status).toBe(401);
  });

  it('keeps an account guessed from many addresses waiting, except at its usual address', async () => {
    expect((await tryLogin('coap', demoPassword('coap'), '10.2.9.9')).status).toBe(200);
    for (let attempt = 0; attempt < 20; attempt += 1)
      expect((await tryLogin('coap', 'palpite-errado', `10.2.3.${attempt}`)).status).toBe(401);
    expect((await tryLogin('coap', demoPassword('coap'), '10.2.4.1')).status).toBe(429);
    // Where coap logged in before, the guessers elsewhere do not keep it out.
    expect((await tryLogin('coap', demoPassword('coap'), '10.2.9.9')).status).toBe(200);

    const admin = trpcAs(clocked.url, clocked.adminCookie);
    const hold = (await admin.admin.loginHolds.query()).find((row) => row.key === 'conta:coap');
    expect(hold).toMatchObject({ kind: 'conta', username: 'coap', failures: 20 });

    const regional = trpcAs(clocked.url, await logInAs(clocked, 'norte', demoPassword('norte')));
    await expect(regional.admin.releaseLoginHold.mutate({ key: 'conta:coap' })).rejects.toThrow(
      /administrador/i,
    );
    await admin.admin.releaseLoginHold.mutate({ key: 'conta:coap' });
    expect((await tryLogin('coap', demoPassword('coap'), '10.2.4.1')).status).toBe(200);
    await expect(admin.admin.releaseLoginHold.mutate({ key: 'conta:coap' })).rejects.toThrow(
      /já está liberada/,
    );
    const audit = await admin.admin.audit.query({ entity: 'sessao', entityKey: 'conta:coap', page: 1 });
    expect(audit.rows.map((row) => [row.username, row.action])).toEqual([['admin', 'unlock']]);
  });
});

describe('defect 7: usernames are not told apart by timing', () => {
  it('checks a password for an unknown user too, against a decoy hash', async () => {
    const checks = vi.mocked(password.verifyPassword);
    checks.mockClear();
    expect((await postLogin('ninguem.aqui', 'qualquer-coisa-1', '10.2.0.1')).status).toBe(401);
    expect(checks).toHaveBeenCalledTimes(1);
    expect(checks.mock.calls[0]?.[1]).toMatch(/^scrypt\$/);
  });
});

describe('defect 10: state-changing requests from another site', () => {
  it('refuses a cross-site logout, import or tRPC mutation, and keeps the session', async () => {
    const refusals = [
      fetch(`${server.url}/api/v1/logout`, {
        method: 'POST',
        headers: { cookie: coap, origin: 'https://outro-site.example' },
      }),
      fetch(`${server.url}/api/v1/imports?formato=modelo`, {
        method: 'POST',
        headers: { cookie: coap, 'sec-fetch-site': 'cross-site', 'content-type': 'text/plain' },
        body: 'indicador;ibge;periodo;numerador;denominador\n',
      }),
      fetch(`${server.url}/trpc/admin.createUser`, {
        method: 'POST',
        headers: { cookie: server.adminCookie, origin: 'null', 'content-type': 'application/json' },
        body: '{}',
      }),
    ];
    for (const response of await Promise.all(refusals)) {
      expect(response.status).toBe(403);
      expect(await response.text()).toMatch(/Pedido vindo de outro site recusado/);
    }
    const stillSignedIn = await fetch(`${server.url}/api/v1/indicators`, { headers: { cookie: coap } });
    expect(stillSignedIn.status).toBe(200);
  });

  it("accepts the panel's own pages and scripts without an Origin", async () => {
    const own = await fetch(`${server.url}/trpc/admin.createUser`, {
      method: 'POST',
      headers: { cookie: server.adminCookie, origin: server.url, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(own.status).toBe(400); // reached the procedure: its input is what is wrong
    expect((await postLogin('superintendencia', demoPassword('superintendencia'), '10.3.0.1')).status).toBe(
      200,
    );
  });
});
