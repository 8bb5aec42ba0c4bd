import { useId } from 'react';
import { NavLink, useLocation, useSearchParams } from 'react-router';
import { homeTerritoryCode } from '../../../shared/domain/home.ts';
import { STATE_CODE } from '../../../shared/domain/territory.ts';
import { UserMenu } from '../features/auth/UserMenu.tsx';
import { useCurrentUser } from '../features/auth/use-current-user.ts';
import { YearSelect } from '../features/period/YearSelect.tsx';
import { TerritoryPicker } from '../features/territories/TerritoryPicker.tsx';
import { pathWithSearch, territoryPath, YEAR_PARAM } from '../lib/url.ts';
import { PendingWorkLink } from './PendingWorkLink.tsx';
import { useHeaderMenu } from './use-header-menu.ts';

/** Pages with their own year or territory choice; the panel's filters would say the same twice. */
const PAGES_WITH_OWN_FILTERS = [
  '/digitar',
  '/importar',
  '/qualidade',
  '/admin/',
  '/acoes',
  '/reunioes',
  '/relatorios',
  '/pendencias',
  '/conta',
  '/planificacao',
];

/**
 * The same header on every page and for every role: title and the person signed in on top, the
 * navigation under them, the panel's filters last (on the pages that use them), so nothing moves
 * when a role has more links or a page has no filters. On phones everything but the title folds
 * into a "Menu" button.
 */
export function AppHeader() {
  const [searchParams] = useSearchParams();
  const { pathname } = useLocation();
  const yearValues = { [YEAR_PARAM]: searchParams.get(YEAR_PARAM) };
  const user = useCurrentUser();
  const menu = useHeaderMenu();
  const panelId = useId();
  // A gestor regional starts from their own territory; everybody else from the state.
  const homeTerritory = (user.data && homeTerritoryCode(user.data)) ?? STATE_CODE;
  const hasOwnFilters = PAGES_WITH_OWN_FILTERS.some((prefix) => pathname.startsWith(prefix));
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <p className="app-header__title">
          <NavLink to={pathWithSearch('/', yearValues)}>
            Painel do Plano Estratégico SAS<span className="app-header__years"> 2024–2027</span>{' '}
            <span className="app-header__org">· SES-MT</span>
          </NavLink>
        </p>
        <button
          type="button"
          ref={menu.buttonRef}
          className="app-header__menu-button"
          aria-expanded={menu.isOpen}
          aria-controls={panelId}
          onClick={menu.toggle}
        >
          <span className="app-header__menu-icon" aria-hidden="true" />
          Menu
        </button>
        <div id={panelId} ref={menu.panelRef} className="app-header__panel" data-open={menu.isOpen}>
          <nav className="app-nav" aria-label="Principal">
            <NavLink to={pathWithSearch('/', yearValues)} end>
              Painel
            </NavLink>
            <NavLink to={pathWithSearch('/matriz', yearValues)}>Matriz</NavLink>
            <NavLink
              to={territoryPath(homeTerritory, yearValues)}
              className={pathname.startsWith('/territorio/') ? 'active' : undefined}
              aria-current={pathname.startsWith('/territorio/') ? 'page' : undefined}
            >
              Territórios
            </NavLink>
            <NavLink to={pathWithSearch('/mapa', yearValues)}>Mapa</NavLink>
            <NavLink to="/planificacao">Planificação</NavLink>
            <NavLink to="/acoes">Plano de ação</NavLink>
            <NavLink to="/reunioes">Reuniões</NavLink>
            <NavLink to="/relatorios">Relatórios</NavLink>
            {user.data && user.data.role !== 'regional' && <PendingWorkLink />}
            {user.data && user.data.role !== 'regional' && (
              <>
                <NavLink to={pathWithSearch('/digitar', yearValues)}>Digitar</NavLink>
                <NavLink to="/importar">Importar</NavLink>
                <NavLink to="/qualidade">Qualidade</NavLink>
              </>
            )}
            {user.data?.role === 'admin' && (
              <>
                <NavLink to="/admin/usuarios">Usuários</NavLink>
                <NavLink to="/admin/tokens">Tokens de API</NavLink>
                <NavLink to="/admin/auditoria">Auditoria</NavLink>
                <NavLink to="/admin/plano">Estrutura do plano</NavLink>
              </>
            )}
          </nav>
          {!hasOwnFilters && (
            <div className="app-header__filters">
              <YearSelect />
              <TerritoryPicker />
            </div>
          )}
          <UserMenu />
        </div>
      </div>
    </header>
  );
}
