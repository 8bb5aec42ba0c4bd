import { ErrorMessage } from '../components/ui/ErrorMessage.tsx';

/** The code of a page did not arrive (the connection dropped, or a new version replaced the files). */
export function PageLoadFailed() {
  return (
    <ErrorMessage
      title="Não foi possível abrir esta página"
      message="O navegador não conseguiu baixar esta parte do painel: a conexão caiu, ou uma versão nova foi publicada enquanto a página estava aberta. Confira a conexão e recarregue."
      isPageTitle
    >
      <button type="button" onClick={() => window.location.reload()}>
        Recarregar a página
      </button>
    </ErrorMessage>
  );
}
