import type { ReactNode } from 'react';

/** Said above a page that shows example data; `children` says which (the default: the indicator values). */
export function ExampleDataBanner({ children }: { children?: ReactNode }) {
  return (
    <aside className="example-banner" aria-label="Aviso sobre os dados">
      <strong>Dados de exemplo.</strong>{' '}
      {children ?? (
        <>
          Os valores desta página foram gerados para demonstração do painel e não são dados oficiais. Um
          número aparece como <span className="tag tag--info">dado real</span> só quando todos os valores que
          o compõem são reais.
        </>
      )}
    </aside>
  );
}
