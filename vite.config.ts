import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev:client` talks to the API server on API_PORT (default 3000, as `npm start`).
const api = `http://localhost:${process.env.API_PORT ?? 3000}`;

export default defineConfig(({ isSsrBuild }) => ({
  root: 'client',
  plugins: [react()],
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
