import { useState } from 'react';
import { formatDateTimeMt } from '../../../../shared/format.ts';
import { ConfirmInline } from '../../components/ui/ConfirmInline.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Table } from '../../components/ui/Table.tsx';
import { Tag } from '../../components/ui/Tag.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { tokenPrefixLabel } from './token-usage.ts';
import { type ApiToken, useRevokeToken } from './use-api-tokens.ts';

/** Revoking asks first, in the row itself: programs using the token lose access at once. */
export function TokenTable({ tokens }: { tokens: readonly ApiToken[] }) {
  const [confirmingId, setConfirmingId] = useState<number | null>(null);
  const [notice, setNotice] = useState('');
  const revokeToken = useRevokeToken();

  function revoke(token: ApiToken) {
    setNotice('');
    revokeToken.mutate(
      { id: token.id },
      {
        onSuccess: () => {
          setConfirmingId(null);
          setNotice(`Token “${token.name}” revogado.`);
        },
      },
    );
  }

  return (
    <>
      <p className="form-success" role="status">
        {notice}
      </p>
      {revokeToken.isError && (
        <ErrorMessage title="O token não foi revogado" message={errorMessage(revokeToken.error)} />
      )}
      {tokens.length === 0 ? (
        <p className="note">Nenhum token criado até agora.</p>
      ) : (
        <Table caption="Tokens de API" isCaptionHidden>
          <thead>
            <tr>
              <th scope="col">Nome</th>
              <th scope="col">Prefixo</th>
              <th scope="col">Criado em</th>
              <th scope="col">Último uso</th>
              <th scope="col">Situação</th>
              <th scope="col">Ações</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td>
                  <code>{tokenPrefixLabel(token.prefix)}</code>
                </td>
                <td className="nowrap">{formatDateTimeMt(token.createdAt)}</td>
                <td className="nowrap">{formatDateTimeMt(token.lastUsedAt, 'nunca')}</td>
                <td>
                  {token.revokedAt ? (
                    <>
                      <Tag tone="neutral">Revogado</Tag>
                      <span className="secondary-text">em {formatDateTimeMt(token.revokedAt)}</span>
                    </>
                  ) : (
                    <Tag tone="info">Ativo</Tag>
                  )}
                </td>
                <td>
                  {token.revokedAt ? null : confirmingId === token.id ? (
                    <ConfirmInline
                      question={`Revogar “${token.name}”? Quem usa este token perde o acesso na hora.`}
                      confirmLabel="Sim, revogar"
                      pendingLabel="Revogando…"
                      isPending={revokeToken.isPending}
                      onConfirm={() => revoke(token)}
                      onCancel={() => {
                        revokeToken.reset();
                        setConfirmingId(null);
                      }}
                    />
                  ) : (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={`Revogar ${token.name}`}
                      onClick={() => {
                        revokeToken.reset();
                        setNotice('');
                        setConfirmingId(token.id);
                      }}
                    >
                      Revogar
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
