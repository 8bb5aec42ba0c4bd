import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { formatDateTimeMt, formatPeriod } from '../../../../shared/format.ts';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { MonthSelect } from './MonthSelect.tsx';

/**
 * "Conferido": the responsible coordenadoria says a month of the indicator's data was checked; the
 * meeting pack lists what was not. A value changed afterwards asks for a new check.
 */
export function DataCheckCard({ code }: { code: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const noteId = useId();
  // Until a month is picked, the server's last full month (its clock, not the browser's).
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const [note, setNote] = useState('');
  const check = useQuery(trpc.dataCycle.check.queryOptions({ code, month: picked }));
  const month = check.data?.month ?? picked ?? '';
  const months = check.data?.offeredMonths ?? (picked ? [picked] : []);
  const mark = useMutation(
    trpc.dataCycle.markChecked.mutationOptions({
      onSuccess: () => setNote(''),
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.dataCycle.pathFilter()),
          queryClient.invalidateQueries(trpc.meeting.pathFilter()),
        ]),
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (month && check.data) mark.mutate({ code, month, note, seenValues: check.data.valuesFingerprint });
  }

  const status = check.data;
  return (
    <Card title="Conferência dos dados" className="data-check">
      <MonthSelect months={months} value={month} onChange={setPicked} />
      {check.isError ? (
        <ErrorMessage title="Não foi possível ler a conferência" message={errorMessage(check.error)} />
      ) : status ? (
        <p role="status" data-testid="data-check-status">
          {status.state === 'checked'
            ? `${formatPeriod(month)} conferido por ${status.checkedByName ?? '—'} em ${formatDateTimeMt(status.checkedAt)}${status.note ? `: ${status.note}` : '.'}`
            : status.state === 'changed_after'
              ? `${formatPeriod(month)} foi conferido por ${status.checkedByName ?? '—'} em ${formatDateTimeMt(status.checkedAt)}, mas valores mudaram depois: confira de novo.`
              : `${formatPeriod(month)} não conferido.`}
        </p>
      ) : null}
      {status?.canMark && (
        <form className="data-closures__form" onSubmit={submit}>
          <div className="import-form__field">
            <label htmlFor={noteId}>Nota (opcional)</label>
            <textarea
              id={noteId}
              value={note}
              maxLength={1000}
              rows={2}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          {mark.isError && (
            <ErrorMessage title="A conferência não foi registrada" message={errorMessage(mark.error)} />
          )}
          <div className="form-actions">
            <button type="submit" className="button" aria-disabled={mark.isPending}>
              {mark.isPending ? 'Registrando…' : `Marcar ${formatPeriod(month)} como conferido`}
            </button>
          </div>
        </form>
      )}
    </Card>
  );
}
