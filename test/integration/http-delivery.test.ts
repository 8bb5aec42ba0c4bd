/**
 * What travels (issue 14): every answer worth it is compressed, and the client's hashed assets are
 * kept by the browser for good (a new build has new names). Needs the built client (npm run build).
 */
import fs from 'node:fs';
import path from 'node:path';
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
    // The page itself is never kept: it names the assets of the current build and, rendered for a
    // signed-in reader, carries their data.
    expect((await get('/')).headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${server.url}/login`)).headers.get('cache-control'), 'a página de login').toMatch(
      /max-age=0/,
    );
  });
});
