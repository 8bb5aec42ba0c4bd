import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDateTimeMt, formatPeriod } from '../../../shared/format.ts';
import { Card } from '../components/ui/Card.tsx';
import { ErrorMessage } from '../components/ui/ErrorMessage.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { useCurrentUser } from '../features/auth/use-current-user.ts';
import { CloseMeetingPanel } from '../features/meetings/CloseMeetingPanel.tsx';
import { MeetingExampleNotice } from '../features/meetings/MeetingExampleNotice.tsx';
import { MeetingPackView } from '../features/meetings/MeetingPackView.tsx';
import {
  formatIsoDateWithWeekday,
  isDefaultMeetingDate,
  minutesPath,
  monthShortLabel,
  parseMeetingMonth,
  printMinutesPath,
} from '../features/meetings/meeting-month.ts';
import { hasExampleItems } from '../features/meetings/meeting-pack.ts';
import { meetingAbilities } from '../features/meetings/meeting-permissions.ts';
import { meetingStateText } from '../features/meetings/meeting-status.ts';
import { RefusedWork } from '../features/meetings/RefusedWork.tsx';
import type { Refusal } from '../features/meetings/refusal.ts';
import { ScheduleForm } from '../features/meetings/ScheduleForm.tsx';
import { type MeetingData, useMeeting } from '../features/meetings/use-meetings.ts';
import { PageError } from '../layout/PageError.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';

export function MeetingPage() {
  const params = useParams();
  const month = parseMeetingMonth(params.month);
  usePageTitle(month ? `Reunião de condução ${monthShortLabel(month)}` : 'Reunião de condução');
  if (!month) return <InvalidMonth text={params.month ?? ''} />;
  // Keyed by month: notices and typed text of one meeting never show on another.
  return <Meeting key={month} month={month} />;
}

function Meeting({ month }: { month: string }) {
  const meeting = useMeeting(month);
  const user = useCurrentUser();
  const [notice, setNotice] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  return (
    <>
      <div className="page-heading">
        <p className="page-heading__eyebrow">
          <Link to="/reunioes">Reuniões de condução</Link>
        </p>
        <h1>Reunião de condução — {monthShortLabel(month)}</h1>
        {meeting.data && <MeetingFacts data={meeting.data} />}
        <p className="form-success" role="status">
          {notice}
        </p>
      </div>
      {refusal && <RefusedWork refusal={refusal} onDismiss={() => setRefusal(null)} />}
      {meeting.isError ? (
        <PageError error={meeting.error} what="a reunião" />
      ) : meeting.isPending ? (
        <Loading what="a pauta da reunião" />
      ) : (
        <MeetingBody
          key={String(meeting.data.isFrozen)}
          data={meeting.data}
          actor={user.data ?? null}
          onNotice={setNotice}
          onRefused={(next) => {
            setNotice('');
            setRefusal(next);
            window.scrollTo({ top: 0 });
          }}
        />
      )}
    </>
  );
}

function MeetingFacts({ data }: { data: MeetingData }) {
  const { meeting, isFrozen } = data;
  return (
    <>
      <ul className="fact-list">
        <li>
          <span className="fact-list__label">Data</span>
          {formatIsoDateWithWeekday(meeting.scheduledOn)}
          {!isFrozen && isDefaultMeetingDate(meeting.scheduledOn, meeting.month) && (
            <span className="meeting-facts__hint"> (primeira terça-feira do mês)</span>
          )}
        </li>
        <li>
          <span className="fact-list__label">Situação</span>
          <span className={isFrozen ? 'meeting-state meeting-state--closed' : 'meeting-state'}>
            {meetingStateText(meeting, data.window?.state)}
          </span>
        </li>
      </ul>
      <p className="page-heading__context">
        <span className="fact-list__label">Participantes</span>
        {meeting.participants ?? <span className="secondary-text meeting-facts__inline">não informados</span>}
      </p>
      <div className="meeting-heading__actions">
        <Link className="button button--secondary" to={minutesPath(meeting.month)}>
          {isFrozen ? 'Ver ata' : 'Ver ata (rascunho)'}
        </Link>
        <Link className="button button--secondary" to={`/reunioes/${meeting.month}/apresentacao`}>
          Modo apresentação
        </Link>
      </div>
    </>
  );
}

function MeetingBody({
  data,
  actor,
  onNotice,
  onRefused,
}: {
  data: MeetingData;
  actor: NonNullable<ReturnType<typeof useCurrentUser>['data']> | null;
  onNotice: (notice: string) => void;
  onRefused: (refusal: Refusal) => void;
}) {
  const { meeting, pack, isFrozen } = data;
  const { canSchedule, canDeliberate, canClose, proposable } = meetingAbilities(
    actor,
    data,
    data.coordinations,
  );
  const isExample = hasExampleItems(meeting, pack);
  return (
    <>
      {isFrozen ? (
        <div className="meeting-frozen">
          <p>
            <strong>Reunião encerrada.</strong> O que está abaixo é o retrato congelado no encerramento, em{' '}
            {formatDateTimeMt(meeting.closedAt)}: os números e as situações não mudam mais. O andamento das
            deliberações continua em <Link to="/reunioes#deliberacoes">Deliberações e encaminhamentos</Link>.
          </p>
          <Link className="button button--large" to={printMinutesPath(meeting.month)}>
            Imprimir ata
          </Link>
        </div>
      ) : (
        <p className="meeting-assembled">
          Pauta montada automaticamente com os dados do painel e do plano de ação em{' '}
          {formatDateTimeMt(pack.assembledAt)}.
          {pack.previousMeeting
            ? ` “Desde a última reunião” quer dizer desde o encerramento da reunião de ${formatPeriod(pack.previousMeeting.month)}, em ${formatDateTimeMt(pack.previousMeeting.closedAt)}.`
            : ' Não há reunião anterior encerrada: entram todos os registros.'}
        </p>
      )}
      {data.window?.notice && (
        <p className="meeting-closed-month" role="note">
          {data.window.notice}
        </p>
      )}
      {isExample && <MeetingExampleNotice />}
      {canSchedule && (
        <Card title="Data e participantes">
          <ScheduleForm meeting={meeting} onRefused={onRefused} />
        </Card>
      )}
      <MeetingPackView
        data={data}
        actor={actor}
        canDeliberate={canDeliberate}
        proposable={proposable}
        onNotice={onNotice}
        onRefused={onRefused}
      />
      {canClose && (
        <Card title="Encerrar reunião" className="meeting-close-card">
          <p className="pack-section__explanation">
            Encerre ao fim da reunião, depois de registrar as deliberações: a pauta é congelada e a ata fica
            pronta para impressão.
          </p>
          <CloseMeetingPanel
            meeting={meeting}
            deliberationCount={pack.deliberations.length}
            agendaItemCount={pack.agendaItems.length}
            today={pack.today}
            closableMonths={data.closableMonths}
            onClosed={() => {
              onNotice(
                `Reunião de ${monthShortLabel(meeting.month)} encerrada. A ata está pronta para impressão.`,
              );
              window.scrollTo({ top: 0 });
            }}
          />
        </Card>
      )}
    </>
  );
}

function InvalidMonth({ text }: { text: string }) {
  return (
    <ErrorMessage
      isPageTitle
      title="Mês inválido"
      message={`“${text}” não é um mês. O endereço da reunião indica o mês como AAAA-MM, por exemplo /reunioes/2026-11.`}
    >
      <p>
        <Link to="/reunioes">Ver as reuniões de condução</Link>
      </p>
    </ErrorMessage>
  );
}
