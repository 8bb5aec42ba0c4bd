/**
 * What the browser downloads for the first page to answer clicks: the entry chunk, the app it
 * starts after the first paint (its dynamic import), the chunk of the scorecard page (the first
 * route) and everything they import statically, gzipped, read from Vite's manifest of the last
 * `npm run build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { CLIENT_DIR } from '../../server/app.ts';

type ManifestChunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};

export type FirstRouteSize = { jsGzipBytes: number; cssGzipBytes: number; files: number };

export function firstRouteSize(routeSource = 'src/pages/ScorecardPage.tsx'): FirstRouteSize | null {
  const manifestPath = path.join(CLIENT_DIR, '.vite', 'manifest.json');
  if (!fs.existsSync(manifestPath)) return null;
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)?.[0];
  const route = Object.entries(manifest).find(([, chunk]) => chunk.src === routeSource)?.[0];
  if (!entry || !route) throw new Error(`Entrada ou ${routeSource} fora do manifesto do cliente.`);
  const seen = new Set<string>();
  const visit = (key: string | undefined) => {
    if (!key || seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  for (const key of [entry, ...(manifest[entry]?.dynamicImports ?? []), route]) visit(key);
  const gzipped = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(CLIENT_DIR, file))).length;
  const chunks = [...seen].map((key) => manifest[key] as ManifestChunk);
  const cssFiles = [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))];
  return {
    jsGzipBytes: chunks.reduce((sum, chunk) => sum + gzipped(chunk.file), 0),
    cssGzipBytes: cssFiles.reduce((sum, file) => sum + gzipped(file), 0),
    files: chunks.length + cssFiles.length,
  };
}
