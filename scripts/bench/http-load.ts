/**
 * HTTP readers for the benchmark: the app server runs as its own process (as in production), and N
 * concurrent clients here ask for one URL again and again for a few seconds.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');

export type Load = { requests: number; perSecond: number; p50: number; p95: number; errors: number };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export type ServerProcess = { url: string; stop(): Promise<void> };

/** `npm start`'s server (without the client build) on `databaseUrl`, in a child process. */
export async function startServerProcess(databaseUrl: string): Promise<ServerProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [TSX_CLI, 'server/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), SEED_EXAMPLE_DATA: 'false' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`o servidor saiu com código ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Painel do Plano Estratégico SAS em')) resolve();
    });
  });
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** One GET on a kept-alive connection; the body is read (and inflated, as a browser would) whole. */
function get(agent: http.Agent, url: URL, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { cookie, 'accept-encoding': 'gzip' } }, (response) => {
      const body =
        response.headers['content-encoding'] === 'gzip' ? response.pipe(zlib.createGunzip()) : response;
      body.on('data', () => {});
      body.on('end', () => resolve(response.statusCode ?? 0));
      body.on('error', reject);
    });
    request.on('error', reject);
  });
}

/**
 * `concurrency` clients asking for `url` for `seconds`; latency percentiles in ms. With one cookie
 * every client is the same session (tabs of one person); with a list, client i uses cookie i.
 
 * Node's bare `http` rather than `fetch`: the load generator shares the machine with the server, and
 * fetch's streams cost it several times more CPU per request.
 */
export async function loadUrl(
  url: string,
  cookies: string | string[],
  concurrency: number,
  seconds: number,
): Promise<Load> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(url);
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const client = async (_: unknown, index: number) => {
    const cookie = typeof cookies === 'string' ? cookies : (cookies[index % cookies.length] ?? '');
    while (performance.now() < deadline) {
      const sent = performance.now();
      try {
        if ((await get(agent, target, cookie)) !== 200) errors += 1;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  agent.destroy();
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (share: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))] ?? 0;
  return {
    requests: latencies.length,
    perSecond: latencies.length / elapsed,
    p50: at(0.5),
    p95: at(0.95),
    errors,
  };
}
