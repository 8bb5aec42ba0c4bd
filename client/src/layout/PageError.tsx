import { Link } from 'react-router';
import { ErrorMessage } from '../components/ui/ErrorMessage.tsx';
import { ValidYearLinks } from '../features/period/ValidYearLinks.tsx';
import { errorMessage, isNotFound } from '../lib/errors.ts';

type PageErrorProps = {
  error: unknown;
  /** What failed to load, for the title: "o painel", "o indicador". */
  what: string;
  /** The URL's `ano` is not a year the panel covers: offer the valid ones. */
  isYearInvalid?: boolean;
  /** Title for a NOT_FOUND answer, e.g. "Indicador não encontrado". */
  notFoundTitle?: string;
  /** Nothing else is on the page, so the error's title is the page heading. */
  isWholePage?: boolean;
};

/** A failed page load: the server's Portuguese sentence, and a way forward. */
export function PageError({
  error,
  what,
  isYearInvalid = false,
  notFoundTitle,
  isWholePage = false,
}: PageErrorProps) {
  const message = errorMessage(error);
  if (isYearInvalid) {
    return (
      <ErrorMessage isPageTitle={isWholePage} title="Ano inválido" message={message}>
        <ValidYearLinks />
      </ErrorMessage>
    );
  }
  if (notFoundTitle && isNotFound(error)) {
    return (
      <ErrorMessage isPageTitle={isWholePage} title={notFoundTitle} message={message}>
        <p>
          <Link to="/">Voltar ao Painel</Link>
        </p>
      </ErrorMessage>
    );
  }
  return (
    <ErrorMessage isPageTitle={isWholePage} title={`Não foi possível carregar ${what}`} message={message}>
      <p>
        <Link to="/">Voltar ao Painel</Link>
      </p>
    </ErrorMessage>
  );
}
