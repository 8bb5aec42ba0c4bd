import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '../../server/trpc/router.ts';

/** A typed tRPC client speaking HTTP to the test server with one user's session cookie. */
export function trpcAs(url: string, cookie: string) {
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${url}/trpc`, headers: () => ({ cookie }) })],
  });
}
