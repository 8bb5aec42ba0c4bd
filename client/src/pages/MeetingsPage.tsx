import { Link } from 'react-router';
import { todayInMt } from '../../../shared/domain/dates.ts';
import { Card } from '../components/ui/Card.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { useCurrentUser } from '../features/auth/use-current-user.ts';
import { DeliberationsOverview } from '../features/meetings/DeliberationsOverview.tsx';
import { MeetingHistoryTable } from '../features/meetings/MeetingHistoryTable.tsx';
import {
  formatIsoDateWithWeekday,
  isDefaultMeetingDate,
  meetingPath,
} from '../features/meetings/meeting-month.ts';
import { meetingStateText, upcomingMeetingHeading } from '../features/meetings/meeting-status.ts';
import { type MeetingHeader, useMeetingList } from '../features/meetings/use-meetings.ts';
import { PageError } from '../layout/PageError.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';

export function MeetingsPage() {
  usePageTitle('Reuniões de condução');
  const list = useMeetingList();
  const user = useCurrentUser();

  return (
    <>
      <div className="page-heading">
        <p className="page-heading__eyebrow">Plano de ação</p>
        <h1>Reuniões de condução</h1>
        <p className="page-heading__lead">
          Uma reunião por mês, em geral na primeira terça-feira. A pauta se monta sozinha com os indicadores
          fora da meta, as ações atrasadas ou a vencer, as não conformidades e as pautas propostas pelas
          coordenadorias; as deliberações são acompanhadas até a conclusão.
        </p>
      </div>
      {list.isError ? (
        <PageError error={list.error} what="as reuniões" />
      ) : list.isPending ? (
        <Loading what="as reuniões" />
      ) : (
        <>
          <UpcomingMeeting meeting={list.data.upcoming} />
          <Card title="Reuniões anteriores">
            {list.data.meetings.filter((meeting) => meeting.month !== list.data.upcoming.month).length ===
            0 ? (
              <p className="pack-section__empty">Nenhuma reunião anterior registrada.</p>
            ) : (
              <MeetingHistoryTable
                meetings={list.data.meetings.filter((meeting) => meeting.month !== list.data.upcoming.month)}
              />
            )}
          </Card>
        </>
      )}
      <DeliberationsOverview actor={user.data ?? null} />
    </>
  );
}

/** This month's meeting until it is closed: the next one, or one whose date passed without a close. */
function UpcomingMeeting({ meeting }: { meeting: MeetingHeader }) {
  const heading = upcomingMeetingHeading(meeting, todayInMt(new Date()));
  return (
    <Card title={heading.title} className="upcoming-meeting">
      <div className="upcoming-meeting__body">
        <div>
          <p className="upcoming-meeting__month">{heading.text}</p>
          {heading.isLeftOpen ? (
            <p className="note">
              Abra a pauta para registrar as deliberações e encerrar a reunião; a ata fica pronta no
              encerramento.
            </p>
          ) : (
            <>
              <p className="upcoming-meeting__date">
                {formatIsoDateWithWeekday(meeting.scheduledOn)}
                {isDefaultMeetingDate(meeting.scheduledOn, meeting.month) && (
                  <span className="secondary-text">data padrão: primeira terça-feira do mês</span>
                )}
              </p>
              <p className="note">{meetingStateText(meeting)}</p>
            </>
          )}
        </div>
        <Link className="button button--large" to={meetingPath(meeting.month)}>
          Abrir a pauta da reunião
        </Link>
      </div>
    </Card>
  );
}
