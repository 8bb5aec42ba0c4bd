import { useId } from 'react';
import { firstTuesday } from '../../../../shared/domain/dates.ts';
import { DraftForm } from '../../components/ui/DraftForm.tsx';
import { FormField, hintId } from '../../components/ui/FormField.tsx';
import { useDraftForm } from '../../lib/use-draft-form.ts';
import { scheduleDraft, scheduleInput } from './meeting-drafts.ts';
import { formatIsoDate, monthLongLabel } from './meeting-month.ts';
import { type Refusal, refusalOf } from './refusal.ts';
import { type MeetingHeader, useScheduleMeeting } from './use-meetings.ts';

/**
 * The meeting's date (by default the month's first Tuesday) and who takes part. Starts from the meeting
 * as read; a refused save keeps what was typed next to the server's reason.
 */
export function ScheduleForm({
  meeting,
  onRefused,
}: {
  meeting: MeetingHeader;
  /** The meeting was closed meanwhile: the form goes away, the page keeps the reason. */
  onRefused: (refusal: Refusal) => void;
}) {
  const id = useId();
  const schedule = useScheduleMeeting((error, input) => {
    const refusal = refusalOf(error, 'A data e os participantes não foram salvos', input.participants ?? '');
    if (refusal) onRefused(refusal);
  });
  const { draft, change, notice, setNotice, message, send } = useDraftForm(
    () => scheduleDraft(meeting),
    schedule,
  );
  const [firstDay, lastDay] = [`${meeting.month}-01`, lastDayOf(meeting.month)];

  function submit() {
    send(scheduleInput(meeting, draft), {
      onSuccess: (input) =>
        setNotice(`Data e participantes salvos: reunião em ${formatIsoDate(input.scheduledOn)}.`),
    });
  }

  return (
    <DraftForm
      className="meeting-form"
      notice={notice}
      errorTitle="A data e os participantes não foram salvos"
      message={message}
      isPending={schedule.isPending}
      submitLabel="Salvar data e participantes"
      pendingLabel="Salvando…"
      onSubmit={submit}
    >
      <div className="meeting-form__row meeting-form__row--schedule">
        <FormField
          id={`${id}-data`}
          label="Data da reunião"
          hint={`Em ${monthLongLabel(meeting.month)}. Padrão: primeira terça-feira, ${formatIsoDate(firstTuesday(meeting.month))}.`}
        >
          <input
            id={`${id}-data`}
            type="date"
            value={draft.scheduledOn}
            min={firstDay}
            max={lastDay}
            aria-describedby={hintId(`${id}-data`)}
            onChange={(event) => change({ scheduledOn: event.target.value })}
          />
        </FormField>
        <FormField
          id={`${id}-participantes`}
          label="Participantes"
          hint="Nomes ou áreas presentes, separados por ponto e vírgula ou um por linha. Aparecem na ata."
        >
          <textarea
            id={`${id}-participantes`}
            rows={3}
            value={draft.participants}
            aria-describedby={hintId(`${id}-participantes`)}
            onChange={(event) => change({ participants: event.target.value })}
          />
        </FormField>
      </div>
    </DraftForm>
  );
}

function lastDayOf(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}
