/**
 * What travels (issue 14): every answer worth it is compressed, and the client's hashed assets are
 * kept by the browser for good (a new build has new names). Needs the built client (npm run build).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIR } from '../../server/app.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ seedExampleData: true });
});

afterAll(async () => {
  await server.stop();
});

const get = (pathname: string) =>
  fetch(`${server.url}${pathname}`, {
    headers: { cookie: server.adminCookie, 'accept-encoding': 'br, gzip' },
  });

describe('delivery', () => {
  it('compresses the figures and the boundaries', async () => {
    const input = encodeURIComponent(JSON.stringify({ year: 2025 }));
    for (const pathname of [`/trpc/scorecard.state?input=${input}`, '/api/v1/boundaries']) {
      const response = await get(pathname);
      expect(response.status, pathname).toBe(200);
      expect(['br', 'gzip'], pathname).toContain(response.headers.get('content-encoding'));
      await response.arrayBuffer();
    }
  });

  it('lets the browser keep the hashed scripts and styles for good, compressed', async () => {
    expect(fs.existsSync(CLIENT_DIR), 'rode npm run build antes').toBe(true);
    const html = fs.readFileSync(path.join(CLIENT_DIR, 'index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
      (match) => match[1] as string,
    );
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      const response = await get(asset);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('cache-control'), asset).toBe('public, max-age=31536000, immutable');
      // Below 1 KB compressing costs more than it saves: such files go as they are.
      if (fs.statSync(path.join(CLIENT_DIR, asset)).size > 1024)
        expect(['br', 'gzip'], asset).toContain(response.headers.get('content-encoding'));
      await response.arrayBuffer();
    }
  });

  it('sends each script and style as the build compressed it, brotli first, and as it is to a reader that takes no compression', async () => {
    const largest = fs
      .readdirSync(path.join(CLIENT_DIR, 'assets'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => ({ file, size: fs.statSync(path.join(CLIENT_DIR, 'assets', file)).size }))
      .sort((a, b) => b.size - a.size)[0]?.file;
    expect(largest).toBeDefined();
    const onDisk = (suffix: string) =>
      fs.readFileSync(path.join(CLIENT_DIR, 'assets', `${largest}${suffix}`));
    // The bytes as they travel: fetch would decode them.
    const raw = (acceptEncoding?: string) =>
      new Promise<{ encoding: string | undefined; type: string | undefined; body: Buffer }>(
        (resolve, reject) => {
          const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
          http
            .get(`${server.url}/assets/${largest}`, { headers }, (response) => {
              const chunks: Buffer[] = [];
              response.on('data', (chunk: Buffer) => chunks.push(chunk));
              response.on('end', () =>
                resolve({
                  encoding: response.headers['content-encoding'],
                  type: response.headers['content-type'],
                  body: Buffer.concat(chunks),
                }),
              );
            })
            .on('error', reject);
        },
      );
    // What Chromium sends: gzip listed first, brotli chosen (smaller).
    const browser = await raw('gzip, deflate, br, zstd');
    expect(browser.encoding).toBe('br');
    expect(browser.type).toMatch(/^text\/javascript/);
    expect(browser.body.equals(onDisk('.br'))).toBe(true);
    expect(zlib.brotliDecompressSync(browser.body).equals(onDisk(''))).toBe(true);
    const gzipOnly = await raw('gzip');
    expect(gzipOnly.encoding).toBe('gzip');
    expect(zlib.gunzipSync(gzipOnly.body).equals(onDisk(''))).toBe(true);
    const plain = await raw();
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.equals(onDisk(''))).toBe(true);
  });

  it('never keeps the page itself', async () => {
    // The page itself is never kept: it names the assets of the current build and, rendered for a
    // signed-in reader, carries their data.
    expect((await get('/')).headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${server.url}/login`)).headers.get('cache-control'), 'a página de login').toMatch(
      /max-age=0/,
    );
  });
});
