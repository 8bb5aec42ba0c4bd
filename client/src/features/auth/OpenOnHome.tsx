import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { homePath, PANEL_PATH } from '../../../../shared/domain/home.ts';
import { Loading } from '../../components/ui/Loading.tsx';
import { useCurrentUser } from './use-current-user.ts';

/**
 * The app's bare address opened afresh (typed, bookmarked, a new tab, the login's landing) shows the
 * user's home; reached from inside the app — the "Painel" link, Back, a reload after it — or with
 * filters (`/?ano=2025`, a shared view), it shows the Painel. React Router keys only the first entry
 * of a tab's history "default": every navigation and history entry it made has its own key.
 */
export function OpenOnHome({ children }: { children: ReactNode }) {
  const location = useLocation();
  const isFreshOpen = location.key === 'default' && location.search === '' && location.hash === '';
  const user = useCurrentUser();
  if (!isFreshOpen) return children;
  if (user.isPending) return <Loading what="a página inicial" />;
  const home = user.data ? homePath(user.data) : PANEL_PATH;
  return home === PANEL_PATH ? children : <Navigate to={home} replace />;
}
