import { useId, useState } from 'react';
import { formatPeriod } from '../../../../shared/format.ts';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { countLabel } from '../data-entry/count-label.ts';
import { monthShortLabel } from './meeting-month.ts';
import { closingWarnings } from './meeting-status.ts';
import { type MeetingHeader, useCloseMeeting } from './use-meetings.ts';

type CloseMeetingPanelProps = {
  meeting: MeetingHeader;
  deliberationCount: number;
  agendaItemCount: number;
  /** Today in Mato Grosso, as the server assembled the pack. */
  today: string;
  /** Months of data the meeting reviewed and may close (all offered, all ticked). */
  closableMonths: readonly string[];
  onClosed: () => void;
};

/** Closing takes two clicks: the second one, after reading what closing does. */
export function CloseMeetingPanel({
  meeting,
  deliberationCount,
  agendaItemCount,
  today,
  closableMonths,
  onClosed,
}: CloseMeetingPanelProps) {
  const titleId = useId();
  const [isConfirming, setIsConfirming] = useState(false);
  const [monthsToClose, setMonthsToClose] = useState<readonly string[]>(closableMonths);
  const close = useCloseMeeting();

  if (!isConfirming)
    return (
      <div className="form-actions">
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            close.reset();
            setIsConfirming(true);
          }}
        >
          Encerrar reunião…
        </button>
      </div>
    );

  return (
    <section className="close-meeting" aria-labelledby={titleId}>
      <p id={titleId} className="close-meeting__title">
        Encerrar a reunião de {monthShortLabel(meeting.month)}?
      </p>
      <p>
        O conteúdo desta página — indicadores, ações, não conformidades,{' '}
        {countLabel(agendaItemCount, 'pauta', 'pautas')} e{' '}
        {countLabel(deliberationCount, 'deliberação', 'deliberações')} — será <strong>congelado</strong> como
        está agora e passará a compor a ata. Depois de encerrada, não é possível propor pautas, registrar
        deliberações nem mudar a data ou os participantes. As deliberações continuam sendo acompanhadas em
        Reuniões.
      </p>
      {closableMonths.length > 0 && (
        <fieldset className="close-meeting__months">
          <legend>Fechar também os dados revisados</legend>
          <p className="note">
            Um mês fechado não aceita mais mudança de valores (digitação, importação, registros da
            planificação): os números ficam como foram vistos nesta reunião. Só o administrador reabre, com o
            motivo.
          </p>
          {closableMonths.map((month) => (
            <label key={month}>
              <input
                type="checkbox"
                checked={monthsToClose.includes(month)}
                onChange={(event) =>
                  setMonthsToClose((current) =>
                    event.target.checked
                      ? [...current, month].sort()
                      : current.filter((item) => item !== month),
                  )
                }
              />{' '}
              Fechar os dados de {formatPeriod(month)}
            </label>
          ))}
        </fieldset>
      )}
      {closingWarnings({ scheduledOn: meeting.scheduledOn, today, deliberationCount }).map((warning) => (
        <p key={warning} className="close-meeting__warning">
          Atenção: {warning}
        </p>
      ))}
      {close.isError && (
        <ErrorMessage title="A reunião não foi encerrada" message={errorMessage(close.error)} />
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button--danger"
          disabled={close.isPending}
          onClick={() =>
            close.mutate(
              { month: meeting.month, version: meeting.version, closeMonths: [...monthsToClose] },
              { onSuccess: () => onClosed() },
            )
          }
        >
          {close.isPending ? 'Encerrando…' : 'Confirmar encerramento'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setIsConfirming(false)}>
          Cancelar
        </button>
      </div>
    </section>
  );
}
