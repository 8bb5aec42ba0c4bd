import { Link } from 'react-router';
import { formatDateTimeMt, formatNumber } from '../../../../shared/format.ts';
import { Table } from '../../components/ui/Table.tsx';
import { TableHead } from '../../components/ui/TableHead.tsx';
import { formatIsoDate, meetingPath, minutesPath, monthShortLabel } from './meeting-month.ts';
import { ExampleTag } from './tags.tsx';
import type { MeetingList } from './use-meetings.ts';

/** Meetings other than the next one, newest first, each with its page and its ata. */
export function MeetingHistoryTable({ meetings }: { meetings: MeetingList['meetings'] }) {
  return (
    <Table caption="Reuniões anteriores" isCaptionHidden className="meeting-table meeting-history">
      <TableHead
        columns={[
          'Mês',
          'Data',
          'Encerrada em',
          { label: 'Deliberações', className: 'numeric' },
          { label: 'Links', isLabelHidden: true },
        ]}
      />
      <tbody>
        {meetings.map((meeting) => (
          <tr key={meeting.month}>
            <th scope="row" className="nowrap">
              {monthShortLabel(meeting.month)} {meeting.isExample && <ExampleTag />}
            </th>
            <td className="nowrap">{formatIsoDate(meeting.scheduledOn)}</td>
            <td>
              {meeting.closedAt ? (
                <>
                  <span className="nowrap">{formatDateTimeMt(meeting.closedAt)}</span>
                  {meeting.closedByName && <span className="secondary-text">por {meeting.closedByName}</span>}
                </>
              ) : (
                <span className="tag tag--warning">não encerrada</span>
              )}
            </td>
            <td className="numeric">{formatNumber(meeting.deliberations, 0)}</td>
            <td>
              <div className="row-actions">
                <Link
                  className="button button--secondary button--small"
                  to={meetingPath(meeting.month)}
                  aria-label={`Abrir a reunião de ${monthShortLabel(meeting.month)}`}
                >
                  Abrir
                </Link>
                <Link
                  className="button button--secondary button--small"
                  to={minutesPath(meeting.month)}
                  aria-label={`Ata da reunião de ${monthShortLabel(meeting.month)}`}
                >
                  Ata
                </Link>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
