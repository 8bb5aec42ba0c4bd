import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { Loading } from '../components/ui/Loading.tsx';
import { AppHeader } from './AppHeader.tsx';

export function AppLayout() {
  const { pathname } = useLocation();
  return (
    <div className="app">
      <a className="skip-link" href="#conteudo">
        Ir para o conteúdo
      </a>
      <AppHeader />
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
