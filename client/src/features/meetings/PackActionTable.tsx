import { Link } from 'react-router';
import { formatPeriod } from '../../../../shared/format.ts';
import { Table } from '../../components/ui/Table.tsx';
import { actionPath, formatIsoDate } from './meeting-month.ts';
import { ActionStatusTag } from './tags.tsx';
import type { PackAction } from './use-meetings.ts';

/** Operational actions of the pack (overdue, due soon, without a record): code, what, who, deadline, status. */
export function PackActionTable({ caption, actions }: { caption: string; actions: readonly PackAction[] }) {
  return (
    <Table caption={caption} isCaptionHidden className="meeting-table meeting-table--compact">
      <thead>
        <tr>
          <th scope="col">Ação</th>
          <th scope="col">Coordenadoria</th>
          <th scope="col">Prazo</th>
          <th scope="col">Situação</th>
          <th scope="col">Último registro</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((action) => (
          <tr key={action.code}>
            <th scope="row" className="meeting-table__action">
              <Link to={actionPath(action.code)} className="meeting-code">
                {action.code}
              </Link>{' '}
              {action.text}
            </th>
            <td>{action.coordinationCodes.join(', ') || action.responsibleText}</td>
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
