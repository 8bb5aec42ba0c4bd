import { type FormEvent, useId, useState } from 'react';
import { firstTuesday } from '../../../../shared/domain/action-status.ts';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { FormField, hintId } from '../admin/FormField.tsx';
import { type ScheduleDraft, scheduleDraft, scheduleInput } from './meeting-drafts.ts';
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
  const [draft, setDraft] = useState<ScheduleDraft>(() => scheduleDraft(meeting));
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const schedule = useScheduleMeeting((error, input) => {
    const refusal = refusalOf(error, 'A data e os participantes não foram salvos', input.participants ?? '');
    if (refusal) onRefused(refusal);
  });
  const message = problem ?? (schedule.isError ? errorMessage(schedule.error) : null);
  const [firstDay, lastDay] = [`${meeting.month}-01`, lastDayOf(meeting.month)];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice('');
    const result = scheduleInput(meeting, draft);
    if (!result.isValid) {
      schedule.reset();
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    schedule.mutate(result.input, {
      onSuccess: () =>
        setNotice(`Data e participantes salvos: reunião em ${formatIsoDate(result.input.scheduledOn)}.`),
    });
  }

  return (
    <form className="admin-form meeting-form" onSubmit={submit} noValidate>
      <p className="form-success" role="status">
        {notice}
      </p>
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
            onChange={(event) => setDraft((current) => ({ ...current, scheduledOn: event.target.value }))}
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
            onChange={(event) => setDraft((current) => ({ ...current, participants: event.target.value }))}
          />
        </FormField>
      </div>
      {message && <ErrorMessage title="A data e os participantes não foram salvos" message={message} />}
      <div className="form-actions">
        <button type="submit" className="button" disabled={schedule.isPending}>
          {schedule.isPending ? 'Salvando…' : 'Salvar data e participantes'}
        </button>
      </div>
    </form>
  );
}

function lastDayOf(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}
