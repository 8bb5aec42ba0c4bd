import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// `npm run dev:client` talks to the API server on API_PORT (default 3000, as `npm start`).
const api = `http://localhost:${process.env.API_PORT ?? 3000}`;

/** What is worth compressing; smaller files gain less than the header costs. */
const COMPRESSIBLE = /\.(js|css|svg|html|json)$/;
const COMPRESS_FROM_BYTES = 1024;

/**
 * Every script and style of the client written beside itself compressed at the highest levels
 * (`.br`, `.gz`): the server sends those (server/app.ts) rather than compressing the same file
 * again for every reader who opens a page with an empty cache.
 */
function precompress(): Plugin {
  return {
    name: 'precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        const file = path.join(options.dir ?? '', fileName);
        if (!COMPRESSIBLE.test(fileName) || !fs.existsSync(file)) continue;
        const content = fs.readFileSync(file);
        if (content.length < COMPRESS_FROM_BYTES) continue;
        fs.writeFileSync(
          `${file}.br`,
          zlib.brotliCompressSync(content, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
        );
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(content, { level: zlib.constants.Z_BEST_COMPRESSION }));
      }
    },
  };
}

export default defineConfig(({ isSsrBuild }) => ({
  root: 'client',
  plugins: isSsrBuild ? [react()] : [react(), precompress()],
  // The manifest tells `npm run bench` which chunks the first page loads.
  build: { outDir: '../dist/client', emptyOutDir: true, manifest: true },
  // The server's render of the first page (entry-server.tsx, `vite build --ssr`) carries its own
  // production React, as the client does: the server process itself runs without NODE_ENV in
  // development and tests, where React's development build renders several times slower.
  ...(isSsrBuild && {
    ssr: { noExternal: true },
    // client/public (the favicon) is the browser's: dist/client has it.
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  }),
  server: {
    proxy: {
      '/trpc': api,
      '/api': api,
      '/health': api,
    },
  },
}));
