import { Table } from '../../components/ui/Table.tsx';
import { formatMoment } from './meeting-month.ts';
import { ExampleTag } from './tags.tsx';
import type { MeetingPack } from './use-meetings.ts';

/** The pautas proposed for the meeting, in the order they came in. */
export function AgendaItemTable({ items }: { items: MeetingPack['agendaItems'] }) {
  return (
    <Table caption="Pautas propostas" isCaptionHidden className="meeting-table">
      <thead>
        <tr>
          <th scope="col">Coordenadoria</th>
          <th scope="col">Pauta</th>
          <th scope="col">Proposta por</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td className="nowrap">{item.coordinationCode}</td>
            <th scope="row">
              <strong>{item.title}</strong>
              {item.description && <span className="meeting-table__description">{item.description}</span>}
            </th>
            <td>
              <span className="secondary-text">
                {item.submittedByName}, {formatMoment(item.submittedAt)}
              </span>
              {item.isExample && <ExampleTag />}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
