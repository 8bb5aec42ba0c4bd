import { Link } from 'react-router';
import { usePageTitle } from '../layout/use-page-title.ts';
import { useNotFoundStatus } from '../lib/server-answer.tsx';

export function NotFoundPage() {
  usePageTitle('Página não encontrada');
  useNotFoundStatus();
  return (
    <div className="not-found" role="alert">
      <h1>Página não encontrada</h1>
      <p>O endereço aberto não corresponde a nenhuma página do painel. Confira o link ou volte ao início.</p>
      <p>
        <Link to="/">Ir para o Painel</Link>
      </p>
    </div>
  );
}
