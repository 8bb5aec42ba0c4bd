import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type RunningServer, startServer } from '../../server/start.ts';

/** A frozen "today" for every test: 24/11/2026. */
export const FROZEN_NOW = new Date('2026-11-24T12:00:00-04:00');

export type TestServer = RunningServer & { dir: string; stop(): Promise<void> };

/** A real HTTP server on a free port with its own temporary SQLite file. */
export async function startTestServer(options: { seedExampleData: boolean }): Promise<TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'painel-test-'));
  const running = await startServer({
    databaseUrl: path.join(dir, 'painel.sqlite'),
    port: 0,
    seedExampleData: options.seedExampleData,
    now: () => FROZEN_NOW,
  });
  return {
    ...running,
    dir,
    async stop() {
      await running.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function getJson<T = unknown>(
  server: TestServer,
  pathname: string,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${server.url}${pathname}`);
  return { status: response.status, body: (await response.json()) as T };
}
