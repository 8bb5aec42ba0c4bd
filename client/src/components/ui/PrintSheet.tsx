import type { ReactNode } from 'react';
import { Link } from 'react-router';

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

/** A printable document outside the app's layout: a toolbar (not printed) above the A4 sheet. */
export function PrintSheet({ name, isReady, back, hint = DEFAULT_HINT, children }: PrintSheetProps) {
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
