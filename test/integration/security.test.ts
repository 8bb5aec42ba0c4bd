/**
 * Security defects found by probing the running server (issue 12), each with a test that failed on
 * the code before its fix. (Started: defects 4, 6, 9, 11 and 12 of the table.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell } from '../../shared/format.ts';
import { logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

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
