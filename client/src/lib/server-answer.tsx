import { createContext, useContext } from 'react';
import { Navigate } from 'react-router';

/**
 * Set by the server's render of the first page: what the page asks of the HTTP answer itself — a
 * redirect is a 302, an unknown address a 404 — instead of what it would do in the browser. The
 * server sends the answer as soon as a render of the page asks for neither and no page says it waits
 * for its data to decide (`awaitData`).
 */
export type ServerAnswer = { redirect: (to: string) => void; notFound: () => void; awaitData: () => void };
export const ServerAnswerContext = createContext<ServerAnswer | null>(null);

/**
 * Sends the reader to the one address of what they asked (`/relatorios/semestral` → the semester,
 * a 6-digit código → the 7-digit one), replacing the address in the history. `to` is a path of the app.
 */
export function Redirect({ to }: { to: string }) {
  const server = useContext(ServerAnswerContext);
  if (server) {
    server.redirect(to);
    return null;
  }
  return <Navigate to={to} replace />;
}

/** The page says the address is nobody's: on the server, the answer is a 404 (the page still shows). */
export function useNotFoundStatus(): void {
  useContext(ServerAnswerContext)?.notFound();
}

/**
 * A page that redirects to where its data points (the last closed semester) says so while the data
 * is on its way: the server then holds the HTTP answer, which would otherwise go (a 200, with the
 * page's head, so the browser fetches the styles meanwhile) before the page's reads.
 */
export function useAnswerAwaitsData(isPending: boolean): void {
  const server = useContext(ServerAnswerContext);
  if (isPending) server?.awaitData();
}
