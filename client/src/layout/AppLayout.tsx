import { Suspense } from 'react';
import { NavLink, Outlet, useLocation, useSearchParams } from 'react-router';
import { STATE_CODE } from '../../../shared/domain/territory.ts';
import { Loading } from '../components/ui/Loading.tsx';
import { UserMenu } from '../features/auth/UserMenu.tsx';
import { useCurrentUser } from '../features/auth/use-current-user.ts';
import { YearSelect } from '../features/period/YearSelect.tsx';
import { TerritoryPicker } from '../features/territories/TerritoryPicker.tsx';
import { pathWithSearch, territoryPath, YEAR_PARAM } from '../lib/url.ts';

export function AppLayout() {
  const [searchParams] = useSearchParams();
  const { pathname } = useLocation();
  const yearValues = { [YEAR_PARAM]: searchParams.get(YEAR_PARAM) };
  const user = useCurrentUser();
  // A gestor regional starts from their own territory; everybody else from the state.
  const homeTerritory =
    user.data?.role === 'regional' ? (user.data.territoryCodes[0] ?? STATE_CODE) : STATE_CODE;
  const hasOwnFilters = [
    '/digitar',
    '/importar',
    '/qualidade',
    '/admin/',
    '/acoes',
    '/reunioes',
    '/relatorios',
    '/planificacao',
  ].some((prefix) => pathname.startsWith(prefix));
  return (
    <div className="app">
      <a className="skip-link" href="#conteudo">
        Ir para o conteúdo
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <p className="app-header__title">
            <NavLink to={pathWithSearch('/', yearValues)}>
              Painel do Plano Estratégico SAS 2024–2027 <span className="app-header__org">· SES-MT</span>
            </NavLink>
          </p>
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
            <NavLink to="/relatorios/semestral">Relatórios</NavLink>
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
          {/* The panel's filters; the entry grid, imports and admin pages have their own. */}
          {!hasOwnFilters && (
            <div className="app-header__filters">
              <YearSelect />
              <TerritoryPicker />
            </div>
          )}
          <UserMenu />
        </div>
      </header>
      <main id="conteudo" className="app-main" tabIndex={-1}>
        {/* The header stays while a page's code arrives; a boundary per section of the app, so moving
            to another page shows "Carregando" at once instead of keeping the old page on screen. */}
        <Suspense key={pathname.split('/')[1]} fallback={<Loading what="a página" />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        Superintendência de Atenção à Saúde · Secretaria de Estado de Saúde de Mato Grosso. Valores acima do
        município são calculados somando numeradores e denominadores dos municípios.
      </footer>
    </div>
  );
}
