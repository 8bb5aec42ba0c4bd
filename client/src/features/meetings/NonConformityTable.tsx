import { Link } from 'react-router';
import { formatPeriod } from '../../../../shared/format.ts';
import { Table } from '../../components/ui/Table.tsx';
import { actionPath, formatIsoDate, formatMoment } from './meeting-month.ts';
import { ExampleTag } from './tags.tsx';
import type { MeetingPack } from './use-meetings.ts';

/** Non-conformities recorded since the last meeting, each with its corrective measure, owner and deadline. */
export function NonConformityTable({ items }: { items: MeetingPack['nonConformities'] }) {
  return (
    <Table caption="Não conformidades e medidas corretivas" isCaptionHidden className="meeting-table">
      <thead>
        <tr>
          <th scope="col">Ação</th>
          <th scope="col">Não conformidade</th>
          <th scope="col">Medida corretiva</th>
          <th scope="col">Registro</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.recordId}>
            <th scope="row" className="meeting-table__action">
              <Link to={actionPath(item.actionCode)} className="meeting-code">
                {item.actionCode}
              </Link>{' '}
              {item.actionText}
            </th>
            <td>
              {item.description}
              {item.cause && <span className="secondary-text">Causa: {item.cause}</span>}
            </td>
            <td>
              {item.correctiveAction}
              <span className="secondary-text">
                Responsável: {item.correctiveOwner} · Prazo: {formatIsoDate(item.correctiveDeadline)}
              </span>
            </td>
            <td>
              <span className="nowrap">Mês {formatPeriod(item.referenceMonth)}</span>
              <span className="secondary-text">
                {item.recordedByName}, {formatMoment(item.recordedAt)}
              </span>
              {item.isExample && <ExampleTag />}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
