import { type CoordinationNames, coordinationName } from '../../../../shared/domain/coordination-names.ts';
import { Table } from '../../components/ui/Table.tsx';
import { TableHead } from '../../components/ui/TableHead.tsx';
import { RecordedBy } from './PackCells.tsx';
import type { MeetingPack } from './use-meetings.ts';

/** The pautas proposed for the meeting, in the order they came in. */
export function AgendaItemTable({
  items,
  names,
}: {
  items: MeetingPack['agendaItems'];
  names: CoordinationNames;
}) {
  return (
    <Table caption="Pautas propostas" isCaptionHidden className="meeting-table">
      <TableHead columns={['Coordenadoria', 'Pauta', 'Proposta por']} />
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td>{coordinationName(item.coordinationCode, names)}</td>
            <th scope="row">
              <strong>{item.title}</strong>
              {item.description && <span className="meeting-table__description">{item.description}</span>}
            </th>
            <td>
              <RecordedBy name={item.submittedByName} at={item.submittedAt} isExample={item.isExample} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
