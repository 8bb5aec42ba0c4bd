import { type FormEvent, useId, useState } from 'react';
import { formatDateTimeMt, formatPeriod } from '../../../../shared/format.ts';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { monthRangesText } from './month-ranges.ts';
import { useDataClosures, useReopenMonth } from './use-data-closures.ts';

/**
 * The months of data closed at the reunião de condução (for every indicator) and the reopenings
 * with their reasons; the administrator reopens a month here.
 */
export function DataClosuresCard({ canReopen }: { canReopen: boolean }) {
  const closures = useDataClosures();
  if (!closures.data || closures.data.length === 0) return null;
  const closed = closures.data.filter((closure) => closure.isClosed);
  const reopened = closures.data.filter((closure) => !closure.isClosed && closure.reopenedAt);
  return (
    <Card title="Meses fechados na reunião de condução" className="data-closures">
      <p>
        {closed.length === 0
          ? 'Nenhum mês fechado agora.'
          : `Fechados: ${monthRangesText(closed.map((closure) => closure.month))}. Os valores desses meses não mudam por nenhuma entrada (digitação, importação, registros da planificação).`}
      </p>
      {reopened.length > 0 && (
        <ul className="data-closures__reopened">
          {reopened.map((closure) => (
            <li key={closure.month}>
              {formatPeriod(closure.month)} reaberto por {closure.reopenedByName ?? 'administrador'} em{' '}
              {formatDateTimeMt(closure.reopenedAt)}: {closure.reopenReason}
            </li>
          ))}
        </ul>
      )}
      {canReopen && closed.length > 0 && <ReopenForm closed={closed} />}
    </Card>
  );
}

function ReopenForm({ closed }: { closed: readonly { month: string; version: number }[] }) {
  const monthId = useId();
  const reasonId = useId();
  const [month, setMonth] = useState(closed.at(-1)?.month ?? '');
  const [reason, setReason] = useState('');
  const reopen = useReopenMonth();
  const chosen = closed.find((closure) => closure.month === month);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    reopen.mutate(
      { month: chosen.month, version: chosen.version, reason },
      { onSuccess: () => setReason('') },
    );
  }

  return (
    <form className="data-closures__form" onSubmit={submit}>
      <div className="import-form__field">
        <label htmlFor={monthId}>Reabrir o mês</label>
        <select id={monthId} value={month} onChange={(event) => setMonth(event.target.value)}>
          {closed.map((closure) => (
            <option key={closure.month} value={closure.month}>
              {formatPeriod(closure.month)}
            </option>
          ))}
        </select>
      </div>
      <div className="import-form__field">
        <label htmlFor={reasonId}>Motivo (fica no registro de auditoria e nesta página)</label>
        <textarea
          id={reasonId}
          value={reason}
          maxLength={1000}
          rows={2}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      {reopen.isError && <ErrorMessage title="O mês não foi reaberto" message={errorMessage(reopen.error)} />}
      <div className="form-actions">
        <button type="submit" className="button button--secondary" aria-disabled={reopen.isPending}>
          {reopen.isPending ? 'Reabrindo…' : 'Reabrir mês'}
        </button>
      </div>
    </form>
  );
}
