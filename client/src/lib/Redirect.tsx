import { createContext, useContext } from 'react';
import { Navigate } from 'react-router';

/** Set by the server's render of the first page: a redirect there is an HTTP 302, not a render. */
export const ServerRedirectContext = createContext<((to: string) => void) | null>(null);

/**
 * Sends the reader to the one address of what they asked (`/relatorios/semestral` → the semester,
 * a 6-digit código → the 7-digit one), replacing the address in the history. `to` is a path of the app.
 */
export function Redirect({ to }: { to: string }) {
  const redirectOnServer = useContext(ServerRedirectContext);
  if (redirectOnServer) {
    redirectOnServer(to);
    return null;
  }
  return <Navigate to={to} replace />;
}
