import { formatDateTimeMt } from '../../../../shared/format.ts';
import { deliberationStatusLabel } from './deliberations.ts';
import type { Deliberation } from './use-meetings.ts';

/** Every follow-up of a deliberation, newest first (the history is append-only). */
export function DeliberationHistory({ deliberation }: { deliberation: Deliberation }) {
  return (
    <div className="deliberation-history">
      <h3 className="deliberation-history__title">Histórico de acompanhamento</h3>
      {deliberation.history.length === 0 ? (
        <p className="note">
          Nenhum acompanhamento registrado ainda: situação “Não iniciado” desde a reunião
          {` (registrada por ${deliberation.createdByName} em ${formatDateTimeMt(deliberation.createdAt)}).`}
        </p>
      ) : (
        <ol className="deliberation-history__list">
          {deliberation.history.map((update) => (
            <li key={update.id}>
              <span className="deliberation-history__when">
                {formatDateTimeMt(update.recordedAt)} · {update.recordedByName}
              </span>{' '}
              <strong>{deliberationStatusLabel(update.status)}</strong>
              {update.note && <span className="deliberation-history__note">{update.note}</span>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
