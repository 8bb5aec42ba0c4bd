import { useState } from 'react';
import {
  describeLoginKey,
  describeWait,
  FREE_ATTEMPTS,
  WAIT_SECONDS,
} from '../../../../shared/domain/login-limits.ts';
import { formatDateTimeMt } from '../../../../shared/format.ts';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { Table } from '../../components/ui/Table.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { type LoginHold, useLoginHolds, useReleaseLoginHold } from './use-users.ts';

const describeHold = (hold: LoginHold) => describeLoginKey(hold.key);

const RULE =
  `Depois de ${FREE_ATTEMPTS.accountAtAddress} senhas erradas numa conta a partir de um endereço ` +
  `(${FREE_ATTEMPTS.account} de endereços diversos, ou ${FREE_ATTEMPTS.address} de um endereço para contas ` +
  `diversas), a entrada espera ${describeWait(WAIT_SECONDS[0])}, e mais a cada novo erro, até ` +
  `${describeWait(WAIT_SECONDS.at(-1) ?? 0)}. Desbloquear libera na hora quem está esperando.`;

/** Who is waiting to try a password again, and the administrator's "Desbloquear". */
export function LoginHoldTable() {
  const holds = useLoginHolds();
  const release = useReleaseLoginHold();
  const [notice, setNotice] = useState('');

  if (holds.isError)
    return (
      <ErrorMessage title="Não foi possível ler as entradas em espera" message={errorMessage(holds.error)} />
    );
  if (holds.isPending) return <Loading what="as entradas em espera" />;
  return (
    <>
      <p className="note">{RULE}</p>
      <p className="form-success" role="status">
        {notice}
      </p>
      {release.isError && (
        <ErrorMessage title="A entrada não foi desbloqueada" message={errorMessage(release.error)} />
      )}
      {holds.data.length === 0 ? (
        <p className="note">Nenhuma entrada em espera agora.</p>
      ) : (
        <Table caption="Entradas em espera" isCaptionHidden>
          <thead>
            <tr>
              <th scope="col">Quem espera</th>
              <th scope="col">Senhas erradas</th>
              <th scope="col">Libera sozinha em</th>
              <th scope="col">Ações</th>
            </tr>
          </thead>
          <tbody>
            {holds.data.map((hold) => (
              <tr key={hold.key}>
                <th scope="row">{describeHold(hold)}</th>
                <td className="numeric">{hold.failures}</td>
                <td className="nowrap" title={`Até ${formatDateTimeMt(hold.lockedUntil)}`}>
                  {describeWait(hold.waitSeconds)}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={`Desbloquear: ${describeHold(hold)}`}
                    disabled={release.isPending}
                    onClick={() => {
                      setNotice('');
                      release.mutate(
                        { key: hold.key },
                        { onSuccess: () => setNotice(`Desbloqueado: ${describeHold(hold)}.`) },
                      );
                    }}
                  >
                    Desbloquear
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
