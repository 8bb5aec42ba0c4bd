/** Starts the app: hydrates the page the server rendered, or renders it here (main.tsx loads this). */
import { hydrate } from '@tanstack/react-query';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.tsx';
import { AppProviders } from './AppProviders.tsx';
import { HYDRATION_FAILED, readFirstPageState } from './lib/first-page-state.ts';
import { createQueryClient, createTrpcClient } from './lib/trpc.ts';

const queryClient = createQueryClient();
const trpcClient = createTrpcClient();

const root = document.getElementById('root');
if (!root) throw new Error('Elemento #root ausente em index.html.');

const app = (
  <AppProviders queryClient={queryClient} trpcClient={trpcClient}>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </AppProviders>
);

// A page the server rendered (entry-server.tsx) comes with the data it was rendered with: the app
// starts from both instead of drawing an empty page and asking again.
const firstPageState = readFirstPageState();
if (firstPageState) {
  hydrate(queryClient, firstPageState);
  hydrateRoot(root, app, {
    // React then throws the server's HTML away and draws the page again: a bug to see (browser
    // tests record this text as a page problem; the production build's own message is a bare code).
    onRecoverableError: (error) => console.error(HYDRATION_FAILED, error),
  });
} else {
  createRoot(root).render(app);
}
