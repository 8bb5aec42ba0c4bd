import type { IndicatorKind } from '../../../../shared/domain/indicator.ts';
import { formatDateTimeMt } from '../../../../shared/format.ts';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { Table } from '../../components/ui/Table.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { historyActionLabel, historyJustification, historySource, historyValueText } from './entry-labels.ts';
import { type HistoryCell, useValueHistory } from './use-entry-grid.ts';

/** Every change of one value, newest first, from the audit log. */
export function ValueHistory({ cell, name, kind }: { cell: HistoryCell; name: string; kind: IndicatorKind }) {
  const history = useValueHistory(cell);
  if (history.isError)
    return (
      <ErrorMessage title="Não foi possível carregar o histórico" message={errorMessage(history.error)} />
    );
  if (history.isPending) return <Loading what="o histórico" />;
  if (history.data.length === 0)
    return (
      <p className="note">
        Nenhuma alteração registrada para {name}: o valor veio da carga inicial ou ainda não foi digitado.
      </p>
    );
  return (
    <div className="entry-history">
      <Table caption={`Histórico de ${name}`}>
        <thead>
          <tr>
            <th scope="col">Quando</th>
            <th scope="col">Quem</th>
            <th scope="col">O que fez</th>
            <th scope="col" className="numeric">
              Antes
            </th>
            <th scope="col" className="numeric">
              Depois
            </th>
          </tr>
        </thead>
        <tbody>
          {history.data.map((entry) => {
            const source = historySource(entry.after);
            const justification = historyJustification(entry.after);
            return (
              <tr key={entry.id}>
                <td>{formatDateTimeMt(entry.at)}</td>
                <td>{entry.username}</td>
                <td>
                  {historyActionLabel(entry.action)}
                  {source && <span className="secondary-text">{source}</span>}
                  {justification && <span className="secondary-text">Justificativa: {justification}</span>}
                </td>
                <td className="numeric">{historyValueText(entry.before, kind)}</td>
                <td className="numeric">{historyValueText(entry.after, kind)}</td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </div>
  );
}
