/**
 * Vite's manifest of the built client (dist/client/.vite/manifest.json): which files a chunk needs.
 * The page template preloads the app's code with it; `npm run bench` weighs the first route with it.
 */
import fs from 'node:fs';
import path from 'node:path';

export type ManifestChunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};
export type ClientManifest = Record<string, ManifestChunk>;

export function readClientManifest(clientDir: string): ClientManifest | null {
  const manifestPath = path.join(clientDir, '.vite', 'manifest.json');
  return fs.existsSync(manifestPath)
    ? (JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as ClientManifest)
    : null;
}

export function entryKey(manifest: ClientManifest): string | undefined {
  return Object.entries(manifest).find(([, chunk]) => chunk.isEntry)?.[0];
}

/** The chunks of `keys` and everything they import statically, each once. */
export function chunksWithImports(
  manifest: ClientManifest,
  keys: readonly (string | undefined)[],
): ManifestChunk[] {
  const seen = new Set<string>();
  const visit = (key: string | undefined) => {
    if (!key || seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return [...seen].map((key) => manifest[key] as ManifestChunk);
}

/**
 * The app's code the entry starts once the first paint is done (client/src/main.tsx), as
 * `modulepreload` links: fetched while the page is parsed and painted, run after.
 */
export function appPreloadLinks(manifest: ClientManifest): string {
  const entry = entryKey(manifest);
  const started = entry ? (manifest[entry]?.dynamicImports ?? []) : [];
  return chunksWithImports(manifest, started)
    .filter((chunk) => chunk.file.endsWith('.js'))
    .map((chunk) => `<link rel="modulepreload" crossorigin href="/${chunk.file}">`)
    .join('');
}

/** The built index.html, with the app's code preloaded (see appPreloadLinks). */
export function readPageTemplate(clientDir: string): string {
  const html = fs.readFileSync(path.join(clientDir, 'index.html'), 'utf8');
  const manifest = readClientManifest(clientDir);
  return manifest ? html.replace('</head>', `${appPreloadLinks(manifest)}</head>`) : html;
}
