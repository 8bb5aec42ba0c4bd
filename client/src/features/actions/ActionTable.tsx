import { Link } from 'react-router';
import { Table } from '../../components/ui/Table.tsx';
import { TableHead } from '../../components/ui/TableHead.tsx';
import { ActionFlags, CoordinationTags } from './ActionFlags.tsx';
import { ActionStatusBadge } from './ActionStatusBadge.tsx';
import { formatIsoDate, formatMonth } from './action-labels.ts';
import { actionPath } from './action-search.ts';
import type { ActionView } from './use-action-plan.ts';

/** The filtered actions; the code and the text open the action. */
export function ActionTable({
  rows,
  caption,
  names,
}: {
  rows: readonly ActionView[];
  caption: string;
  names: ReadonlyMap<string, string>;
}) {
  return (
    <Table caption={caption} isCaptionHidden className="action-table">
      <TableHead columns={['Código', 'Ação', 'Responsável', 'Prazo', 'Situação', 'Último registro']} />
      <tbody>
        {rows.map((action) => (
          <tr key={action.code} className="action-row">
            <th scope="row" className="action-row__code">
              <Link to={actionPath(action.code)}>{action.code}</Link>
            </th>
            <td className="action-row__text">
              <Link to={actionPath(action.code)} className="action-row__link">
                {action.text}
              </Link>
            </td>
            {/* The labels show only on phones, where each row is a card without the column headings. */}
            <td className="action-row__responsible" data-label="Responsável">
              {action.responsibleText}
              <CoordinationTags codes={action.coordinationCodes} names={names} max={3} />
            </td>
            <td className="action-row__deadline" data-label="Prazo">
              {action.deadlineText}
              <span className="secondary-text">
                {action.endsOn ? `término ${formatIsoDate(action.endsOn)}` : 'término não identificado'}
              </span>
            </td>
            <td className="action-row__status">
              <ActionStatusBadge status={action.status} />
              <ActionFlags action={action} />
            </td>
            <td className="nowrap" data-label="Último registro">
              {action.lastRecord ? formatMonth(action.lastRecord.referenceMonth) : 'nenhum'}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
