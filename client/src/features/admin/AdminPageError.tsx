import { Link } from 'react-router';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { PageError } from '../../layout/PageError.tsx';
import { errorCode, errorMessage } from '../../lib/errors.ts';

/** A failed admin page: someone who is not the administrator reads the server's refusal, and a way back. */
export function AdminPageError({ error, what }: { error: unknown; what: string }) {
  if (errorCode(error) !== 'FORBIDDEN') return <PageError error={error} what={what} />;
  return (
    <ErrorMessage title="Área restrita ao administrador" message={errorMessage(error)}>
      <p>
        Se você precisa desta página, fale com o administrador do painel. <Link to="/">Voltar ao Painel</Link>
      </p>
    </ErrorMessage>
  );
}
