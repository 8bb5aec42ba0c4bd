import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { DEMO_USERS } from '../../server/auth/demo-users.ts';
import { type RunningServer, startServer } from '../../server/start.ts';
import { FROZEN_NOW } from './frozen-now.ts';
import { createTestDatabase } from './test-database.ts';

export { FROZEN_NOW };

export type TestServer = RunningServer & {
  dir: string;
  /** The server's database: a SQLite file in `dir`, or a `postgres://` URL (TEST_ENGINE). */
  databaseUrl: string;
  /** The administrator's session cookie, used by `getJson` unless told otherwise. */
  adminCookie: string;
  stop(): Promise<void>;
};

/**
 * A real HTTP server on a free port with its own fresh database (a SQLite file, or a PostgreSQL
 * database when TEST_ENGINE=postgres), demo users included. Its clock is FROZEN_NOW unless a test
 * brings its own `now` (then the database is seeded at that time).
 */
export async function startTestServer(options: {
  seedExampleData: boolean;
  now?: () => Date;
  housekeepingIntervalMs?: number;
}): Promise<TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'painel-test-'));
  // Seeded once per run by test/global-setup.ts, at FROZEN_NOW.
  const seeded = inject('seededDatabases');
  const database = await createTestDatabase(
    dir,
    options.now ? undefined : options.seedExampleData ? seeded.example : seeded.plain,
  );
  const running = await startServer({
    databaseUrl: database.url,
    port: 0,
    // A copy of a seeded database already holds the example data.
    seedExampleData: options.now ? options.seedExampleData : false,
    now: options.now ?? (() => FROZEN_NOW),
    housekeepingIntervalMs: options.housekeepingIntervalMs,
  });
  const server = { ...running, dir, databaseUrl: database.url, adminCookie: '' };
  server.adminCookie = await logInAs(server, 'admin');
  return {
    ...server,
    async stop() {
      await running.close();
      await database.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function demoPassword(username: string): string {
  const demo = DEMO_USERS.find((user) => user.username === username);
  if (!demo) throw new Error(`Usuário de demonstração desconhecido: ${username}`);
  return demo.password;
}

/** Logs in through the API and returns the session cookie (`name=value`). */
export async function logInAs(
  server: Pick<RunningServer, 'url'>,
  username: string,
  password = demoPassword(username),
) {
  const response = await fetch(`${server.url}/api/v1/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`login de ${username} falhou: ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
}

export async function getJson<T = unknown>(
  server: TestServer,
  pathname: string,
  options: { cookie?: string | null; token?: string } = {},
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = {};
  const cookie = options.cookie === undefined ? server.adminCookie : options.cookie;
  if (cookie) headers.cookie = cookie;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(`${server.url}${pathname}`, { headers });
  return { status: response.status, body: (await response.json()) as T };
}
