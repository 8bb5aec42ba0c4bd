/**
 * The permission matrix through HTTP: each role × each mutation × own/other scope, and an audit
 * entry for every mutation that went through.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../helpers/import-client.ts';
import { getJson, logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

type Role = 'admin' | 'superintendencia' | 'coap' | 'norte';
const ROLES: Role[] = ['admin', 'superintendencia', 'coap', 'norte'];

let server: TestServer;
const cookies = {} as Record<Role, string>;
let counter = 0;
/** A fresh number for names and months, so each attempt creates something new. */
const next = () => {
  counter += 1;
  return counter;
};

beforeAll(async () => {
  server = await startTestServer({ seedExampleData: false });
  for (const role of ROLES) cookies[role] = await logInAs(server, role);
});

afterAll(async () => {
  await server.stop();
});

async function auditCount(): Promise<number> {
  const row = (await server.db('audit_log').whereNot({ action: 'login' }).count('* as n').first()) as {
    n: number;
  };
  return Number(row.n);
}

/** Runs a mutation as a role: 'ok' if it went through (and was audited), else the tRPC/HTTP code. */
async function attempt(role: Role, mutation: (client: ReturnType<typeof trpcAs>) => Promise<unknown>) {
  const before = await auditCount();
  try {
    await mutation(trpcAs(server.url, cookies[role]));
  } catch (error) {
    expect(await auditCount()).toBe(before);
    return (error as { data?: { code?: string } }).data?.code ?? 'erro';
  }
  // Every mutation that went through left at least one audit entry, in the same transaction.
  expect(await auditCount()).toBeGreaterThan(before);
  return 'ok';
}

/** A month no other attempt in this file has used (2021 to 2025): a new cell each time, in any order. */
const unusedMonth = () => {
  const n = next();
  return `${2021 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
};

const cell = (code: string, period: string) => ({
  code,
  cells: [{ territoryCode: '5103403', period, numerator: 1, denominator: 100, expectedVersion: null }],
});

describe('permission matrix', () => {
  const mutations: [string, (client: ReturnType<typeof trpcAs>) => Promise<unknown>, Record<Role, string>][] =
    [
      [
        'digitar valor de indicador da COAP (713)',
        (client) => client.dataEntry.save.mutate(cell('713', unusedMonth())),
        { admin: 'ok', superintendencia: 'ok', coap: 'ok', norte: 'FORBIDDEN' },
      ],
      [
        'digitar valor de indicador da CACS (731)',
        (client) => client.dataEntry.save.mutate(cell('731', unusedMonth())),
        { admin: 'ok', superintendencia: 'ok', coap: 'FORBIDDEN', norte: 'FORBIDDEN' },
      ],
      [
        'criar usuário',
        (client) =>
          client.admin.createUser.mutate({
            username: `pessoa${next()}`,
            displayName: 'Pessoa de Teste',
            role: 'superintendence',
            password: 'senha-boa-123',
            coordinationCodes: [],
            territoryCodes: [],
          }),
        { admin: 'ok', superintendencia: 'FORBIDDEN', coap: 'FORBIDDEN', norte: 'FORBIDDEN' },
      ],
      [
        'emitir token de leitura',
        (client) => client.admin.issueToken.mutate({ name: `Power BI ${next()}` }),
        { admin: 'ok', superintendencia: 'FORBIDDEN', coap: 'FORBIDDEN', norte: 'FORBIDDEN' },
      ],
    ];

  for (const [label, mutation, expected] of mutations) {
    for (const role of ROLES) {
      it(`${label}: ${role} → ${expected[role]}`, async () => {
        expect(await attempt(role, mutation)).toBe(expected[role]);
      });
    }
  }

  for (const role of ROLES) {
    it(`alterar e redefinir a senha de outro usuário: ${role}`, async () => {
      const admin = trpcAs(server.url, cookies.admin);
      const created = await admin.admin.createUser.mutate({
        username: `alvo${next()}`,
        displayName: 'Usuário Alvo',
        role: 'coordination',
        password: 'senha-boa-123',
        coordinationCodes: ['CACS'],
        territoryCodes: [],
      });
      const expected = role === 'admin' ? 'ok' : 'FORBIDDEN';
      expect(
        await attempt(role, (client) =>
          client.admin.updateUser.mutate({
            id: created.id,
            version: created.version,
            displayName: 'Outro Nome',
            role: 'coordination',
            isActive: true,
            coordinationCodes: ['CORAS'],
            territoryCodes: [],
          }),
        ),
      ).toBe(expected);
      const current = (await admin.admin.users.query()).find((user) => user.id === created.id);
      expect(
        await attempt(role, (client) =>
          client.admin.resetPassword.mutate({
            id: created.id,
            version: current?.version ?? 0,
            password: 'nova-senha-456',
          }),
        ),
      ).toBe(expected);
    });
  }

  for (const role of ROLES) {
    it(`importar arquivo da COAP e da CACS: ${role}`, async () => {
      const file = (code: string) => ({
        name: `${code}.csv`,
        bytes: new TextEncoder().encode(
          `indicador;ibge;periodo;numerador;denominador\n${code};510340;2023-05;3;300`,
        ),
      });
      const own = await importFile(server.url, cookies[role], file('713'), {
        formato: 'modelo',
        aplicar: 'sim',
      });
      const other = await importFile(server.url, cookies[role], file('731'), {
        formato: 'modelo',
        aplicar: 'sim',
      });
      const canCoap = role !== 'norte';
      const canCacs = role === 'admin' || role === 'superintendencia';
      expect(own.job?.report?.isApplied).toBe(canCoap);
      expect(other.job?.report?.isApplied).toBe(canCacs);
      if (!canCacs)
        expect(other.job?.report?.problems[0]?.reason).toMatch(/não pode alterar o indicador 731/);
    });
  }

  it('reading the audit log and users is for the administrator only', async () => {
    for (const role of ROLES) {
      const client = trpcAs(server.url, cookies[role]);
      const result = await client.admin.audit.query({ page: 1 }).then(
        () => 'ok',
        (error: { data?: { code?: string } }) => error.data?.code,
      );
      expect(result, role).toBe(role === 'admin' ? 'ok' : 'FORBIDDEN');
    }
  });
});

describe('read tokens', () => {
  it('read the API without a password, are shown once, and stop working when revoked', async () => {
    const admin = trpcAs(server.url, cookies.admin);
    const { token, secret } = await admin.admin.issueToken.mutate({ name: 'Planilha da SAS' });
    expect(secret).toMatch(/^pt_/);
    const listed = await admin.admin.tokens.query();
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect((await getJson(server, '/api/v1/indicators', { cookie: null, token: secret })).status).toBe(200);
    // A token only reads: the tRPC API (pages) and writes need a person.
    const write = await fetch(`${server.url}/api/v1/imports?formato=modelo`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}` },
      body: 'x',
    });
    expect(write.status).toBe(403);
    await admin.admin.revokeToken.mutate({ id: token.id });
    const revoked = await getJson<{ error: string }>(server, '/api/v1/indicators', {
      cookie: null,
      token: secret,
    });
    expect(revoked.status).toBe(401);
    expect(revoked.body.error).toMatch(/revogado/);
  });
});

describe('the audit log is append-only', () => {
  it('refuses updates and deletes even from SQL', async () => {
    await expect(server.db('audit_log').update({ username: 'outro' })).rejects.toThrow(
      /não pode ser alterado/,
    );
    await expect(server.db('audit_log').delete()).rejects.toThrow(/não pode ser alterado/);
  });
});

describe('exports', () => {
  it('every figure table downloads as XLSX with numbers as numbers', async () => {
    const response = await fetch(
      `${server.url}/api/v1/indicators/713/values?level=macro&year=2024&format=xlsx`,
      {
        headers: { cookie: cookies.admin },
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/spreadsheetml/);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('Código');
    expect(sheet?.rowCount).toBe(7);
  });

  it('the plan targets and the audit log download as CSV', async () => {
    const targets = await fetch(`${server.url}/api/v1/indicators?format=csv`, {
      headers: { cookie: cookies.coap },
    });
    expect(await targets.text()).toMatch(/713;.*;2024;51;19,40;19,4/);
    const audit = await fetch(`${server.url}/api/v1/audit?format=csv`, { headers: { cookie: cookies.coap } });
    expect(audit.status).toBe(403);
    await trpcAs(server.url, cookies.admin).admin.createUser.mutate({
      username: `auditado${next()}`,
      displayName: 'Usuário Auditado',
      role: 'superintendence',
      password: 'senha-boa-para-auditar',
      coordinationCodes: [],
      territoryCodes: [],
    });
    const asAdmin = await fetch(`${server.url}/api/v1/audit?format=csv&entity=usuario`, {
      headers: { cookie: cookies.admin },
    });
    expect(await asAdmin.text()).toMatch(/;Criação;Usuário;auditado\d+;/);
  });
});
