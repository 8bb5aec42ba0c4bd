/**
 * What the browser downloads for the first page to answer: the entry chunk, the app it starts, the
 * chunk of the scorecard page (the first route) and everything they import statically, gzipped, read
 * from Vite's manifest of the last `npm run build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { CLIENT_DIR } from '../../server/app.ts';
import { chunksWithImports, entryKey, readClientManifest } from '../../server/http/client-manifest.ts';

export type FirstRouteSize = { jsGzipBytes: number; cssGzipBytes: number; files: number };

export function firstRouteSize(routeSource = 'src/pages/ScorecardPage.tsx'): FirstRouteSize | null {
  const manifest = readClientManifest(CLIENT_DIR);
  if (!manifest) return null;
  const entry = entryKey(manifest);
  const started = entry ? (manifest[entry]?.dynamicImports ?? []) : [];
  const route = Object.entries(manifest).find(([, chunk]) => chunk.src === routeSource)?.[0];
  if (!route) throw new Error(`${routeSource} não está no manifesto do cliente.`);
  const chunks = chunksWithImports(manifest, [entry, ...started, route]);
  const gzipped = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(CLIENT_DIR, file))).length;
  const cssFiles = [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))];
  return {
    jsGzipBytes: chunks.reduce((sum, chunk) => sum + gzipped(chunk.file), 0),
    cssGzipBytes: cssFiles.reduce((sum, file) => sum + gzipped(file), 0),
    files: chunks.length + cssFiles.length,
  };
}
