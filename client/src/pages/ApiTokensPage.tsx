import { useState } from 'react';
import { Card } from '../components/ui/Card.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { AdminPageError } from '../features/admin/AdminPageError.tsx';
import { IssueTokenForm } from '../features/admin/IssueTokenForm.tsx';
import { TokenSecretBox } from '../features/admin/TokenSecretBox.tsx';
import { TokenTable } from '../features/admin/TokenTable.tsx';
import { useApiTokens } from '../features/admin/use-api-tokens.ts';
import { usePageTitle } from '../layout/use-page-title.ts';

export function ApiTokensPage() {
  usePageTitle('Tokens de API');
  const tokens = useApiTokens();
  const [issued, setIssued] = useState<{ name: string; secret: string } | null>(null);

  return (
    <>
      <div className="page-heading">
        <p className="page-heading__eyebrow">Administração</p>
        <h1>Tokens de API</h1>
        <p className="page-heading__lead">
          Acesso somente leitura aos indicadores para planilhas e ferramentas de BI. Crie um token para cada
          programa, para poder revogar um sem afetar os outros.
        </p>
      </div>
      {tokens.isError ? (
        <AdminPageError error={tokens.error} what="os tokens" />
      ) : tokens.isPending ? (
        <Loading what="os tokens" />
      ) : (
        <>
          <Card title="Novo token">
            <IssueTokenForm onIssued={setIssued} />
          </Card>
          {issued && (
            <TokenSecretBox name={issued.name} secret={issued.secret} onClose={() => setIssued(null)} />
          )}
          <Card title={`Tokens criados (${tokens.data.length})`}>
            <TokenTable tokens={tokens.data} />
          </Card>
        </>
      )}
    </>
  );
}
