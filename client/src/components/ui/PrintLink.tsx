import { Link } from 'react-router';

/** Opens a page's A4 version, which asks for the print dialog (where "Salvar como PDF" is) once drawn. */
export function PrintLink({ to }: { to: string }) {
  return (
    <Link className="button button--secondary" to={to}>
      Imprimir / PDF
    </Link>
  );
}
