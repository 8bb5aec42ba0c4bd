import { type CoordinationNames, coordinationList } from '../../../../shared/domain/coordination-names.ts';
import { formatPeriod } from '../../../../shared/format.ts';
import { Table } from '../../components/ui/Table.tsx';
import { TableHead } from '../../components/ui/TableHead.tsx';
import { formatIsoDate } from './meeting-month.ts';
import { ActionCell } from './PackCells.tsx';
import { ActionStatusTag } from './tags.tsx';
import type { PackAction } from './use-meetings.ts';

/** Operational actions of the pack (overdue, due soon, without a record): code, what, who, deadline, status. */
export function PackActionTable({
  caption,
  actions,
  names,
}: {
  caption: string;
  actions: readonly PackAction[];
  names: CoordinationNames;
}) {
  return (
    <Table caption={caption} isCaptionHidden className="meeting-table meeting-table--compact">
      <TableHead columns={['Ação', 'Coordenadoria', 'Prazo', 'Situação', 'Último registro']} />
      <tbody>
        {actions.map((action) => (
          <tr key={action.code}>
            <ActionCell code={action.code} text={action.text} />
            <td>{coordinationList(action.coordinationCodes, names) || action.responsibleText}</td>
            <td>
              {action.endsOn ? (
                <span className="nowrap">{formatIsoDate(action.endsOn)}</span>
              ) : (
                <span className="secondary-text">sem data</span>
              )}
              <span className="secondary-text">{action.deadlineText}</span>
            </td>
            <td>
              <ActionStatusTag status={action.status} />
            </td>
            <td className="nowrap">
              {action.lastRecordMonth ? formatPeriod(action.lastRecordMonth) : 'nenhum'}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
