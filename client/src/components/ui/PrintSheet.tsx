import { type ReactNode, useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PRINT_PARAM } from '../../lib/url.ts';

type PrintSheetProps = {
  /** The toolbar's accessible name: what is printed ("Ata", "Resumo regional"). */
  name: string;
  /** Printing waits for the document to be on screen. */
  isReady: boolean;
  back: { to: string; label: string };
  hint?: string;
  children: ReactNode;
};

const DEFAULT_HINT = 'Na janela de impressão, escolha “Salvar como PDF” para gerar o arquivo; papel A4.';

/**
 * A printable document outside the app's layout: a toolbar (not printed) above the A4 sheet. With
 * `?imprimir=1` the print dialog opens as soon as the document is ready.
 */
export function PrintSheet({ name, isReady, back, hint = DEFAULT_HINT, children }: PrintSheetProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const wantsPrint = searchParams.get(PRINT_PARAM) === '1';

  useEffect(() => {
    if (!wantsPrint || !isReady) return;
    // After the document is painted, so the dialog shows all of it; the parameter goes away (the
    // others stay) so a reload does not print again.
    const timer = window.setTimeout(() => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.delete(PRINT_PARAM);
          return next;
        },
        { replace: true },
      );
      window.print();
    }, 300);
    return () => window.clearTimeout(timer);
  }, [wantsPrint, isReady, setSearchParams]);

  return (
    <div className="minutes-page">
      <div className="minutes-toolbar" role="toolbar" aria-label={name}>
        <button type="button" className="button" onClick={() => window.print()} disabled={!isReady}>
          Imprimir
        </button>
        <Link className="button button--secondary" to={back.to}>
          {back.label}
        </Link>
        <span className="minutes-toolbar__hint">{hint}</span>
      </div>
      <main className="minutes-page__sheet">{children}</main>
    </div>
  );
}
