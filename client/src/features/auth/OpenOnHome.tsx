import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { homePath, PANEL_PATH } from '../../../../shared/domain/home.ts';
import { Loading } from '../../components/ui/Loading.tsx';
import { Redirect } from '../../lib/server-answer.tsx';
import { useIsHydrated } from '../../lib/use-is-hydrated.ts';
import { useCurrentUser } from './use-current-user.ts';

/**
 * The app's bare address opened afresh (typed, bookmarked, a new tab, the login's landing) shows the
 * user's home; reached from inside the app — the "Painel" link, Back, a reload after it — or with
 * filters (`/?ano=2025`, a shared view), it shows the Painel. React Router keys only the first entry
 * of a tab's history "default": every navigation and history entry it made has its own key. The
 * server cannot see the key, so for a user whose home is elsewhere it renders the wait, and the
 * browser decides once it has hydrated the page.
 */
export function OpenOnHome({ children }: { children: ReactNode }) {
  const location = useLocation();
  const user = useCurrentUser();
  const isHydrated = useIsHydrated();
  // An address with filters is the Painel, which the server knows as well as the browser.
  if (location.search !== '' || location.hash !== '') return children;
  const isFreshOpen = location.key === 'default';
  if (!isFreshOpen && isHydrated) return children;
  if (user.isPending) return <Loading what="a página inicial" />;
  const home = user.data ? homePath(user.data) : PANEL_PATH;
  if (home === PANEL_PATH) return children;
  if (!isHydrated) return <Loading what="a página inicial" />;
  return <Redirect to={home} />;
}
