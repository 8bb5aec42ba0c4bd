import { formatPeriod } from '../../../../shared/format.ts';
import { Table } from '../../components/ui/Table.tsx';
import { TableHead } from '../../components/ui/TableHead.tsx';
import { formatIsoDate } from './meeting-month.ts';
import { ActionCell, RecordedBy } from './PackCells.tsx';
import type { MeetingPack } from './use-meetings.ts';

/** Non-conformities recorded since the last meeting, each with its corrective measure, owner and deadline. */
export function NonConformityTable({ items }: { items: MeetingPack['nonConformities'] }) {
  return (
    <Table caption="Não conformidades e medidas corretivas" isCaptionHidden className="meeting-table">
      <TableHead columns={['Ação', 'Não conformidade', 'Medida corretiva', 'Registro']} />
      <tbody>
        {items.map((item) => (
          <tr key={item.recordId}>
            <ActionCell code={item.actionCode} text={item.actionText} />
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
              <RecordedBy name={item.recordedByName} at={item.recordedAt} isExample={item.isExample} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
