import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../components/ui/ErrorMessage.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { PrintSheet } from '../components/ui/PrintSheet.tsx';
import { MinutesDocument } from '../features/meetings/MinutesDocument.tsx';
import { meetingPath, monthShortLabel, parseMeetingMonth } from '../features/meetings/meeting-month.ts';
import { useMeeting } from '../features/meetings/use-meetings.ts';
import { usePageTitle } from '../layout/use-page-title.ts';
import { errorMessage } from '../lib/errors.ts';

/** The printable ata, outside the app's layout: a toolbar (not printed) and the A4 document. */
export function MeetingMinutesPage() {
  const params = useParams();
  const month = parseMeetingMonth(params.month);
  usePageTitle(month ? `Ata da reunião de condução ${monthShortLabel(month)}` : 'Ata da reunião de condução');
  const meeting = useMeeting(month);
  const isReady = meeting.isSuccess;

  return (
    <PrintSheet
      name="Ata"
      isReady={isReady}
      back={{
        to: month ? meetingPath(month) : '/reunioes',
        label: month ? 'Voltar à reunião' : 'Ver as reuniões',
      }}
    >
      {!month ? (
        <ErrorMessage
          isPageTitle
          title="Mês inválido"
          message={`“${params.month ?? ''}” não é um mês. O endereço da ata indica o mês como AAAA-MM, por exemplo /reunioes/2026-11/ata.`}
        >
          <p>
            <Link to="/reunioes">Ver as reuniões de condução</Link>
          </p>
        </ErrorMessage>
      ) : meeting.isError ? (
        <ErrorMessage
          isPageTitle
          title="Não foi possível carregar a ata"
          message={errorMessage(meeting.error)}
        >
          <p>
            <Link to="/reunioes">Ver as reuniões de condução</Link>
          </p>
        </ErrorMessage>
      ) : meeting.isPending ? (
        <Loading what="a ata" />
      ) : (
        <MinutesDocument data={meeting.data} />
      )}
    </PrintSheet>
  );
}
