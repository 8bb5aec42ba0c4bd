import { Link } from 'react-router';
import { formatNumber, formatPeriod } from '../../../../shared/format.ts';
import { Table } from '../../components/ui/Table.tsx';
import { TableHead } from '../../components/ui/TableHead.tsx';
import { Tag } from '../../components/ui/Tag.tsx';
import { actionPath } from './meeting-month.ts';
import { latestUpdatePerAction } from './meeting-pack.ts';
import { RecordedBy } from './PackCells.tsx';
import { ActionStatusTag } from './tags.tsx';
import type { MeetingPack } from './use-meetings.ts';

/** Monitoring records since the last meeting: one row per action, its newest record. */
export function UpdatedActionsTable({ updates }: { updates: MeetingPack['updated'] }) {
  return (
    <Table
      caption="Ações atualizadas desde a última reunião"
      isCaptionHidden
      className="meeting-table meeting-table--compact"
    >
      <TableHead
        columns={[
          'Ação',
          'Mês',
          'Situação',
          { label: 'Executado', className: 'numeric' },
          'O que foi feito',
          'Registro',
        ]}
      />
      <tbody>
        {latestUpdatePerAction(updates).map((update) => (
          <tr key={update.actionCode}>
            <th scope="row">
              <Link to={actionPath(update.actionCode)} className="meeting-code">
                {update.actionCode}
              </Link>
              {update.hasNonConformity && (
                <>
                  {' '}
                  <Tag tone="warning">não conformidade</Tag>
                </>
              )}
            </th>
            <td className="nowrap">{formatPeriod(update.referenceMonth)}</td>
            <td>
              <ActionStatusTag status={update.status} />
            </td>
            <td className="numeric">
              {update.percentDone === null ? '—' : `${formatNumber(update.percentDone, 0)}%`}
            </td>
            <td>
              {update.doneText ?? <span className="secondary-text">não informado</span>}
              {update.difficulties && (
                <span className="secondary-text">Dificuldades: {update.difficulties}</span>
              )}
            </td>
            <td>
              <RecordedBy name={update.recordedByName} at={update.recordedAt} isExample={update.isExample}>
                {update.recordCount > 1 && ` (${update.recordCount} registros no período)`}
              </RecordedBy>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
