import { type FormEvent, useId, useState } from 'react';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { FormField, hintId } from '../admin/FormField.tsx';
import { deliberationStatusLabel, FOLLOW_UP_STATUSES } from './deliberations.ts';
import { type FollowUpDraft, followUpDraft, followUpInput } from './meeting-drafts.ts';
import { type Deliberation, useFollowUpDeliberation } from './use-meetings.ts';

type FollowUpFormProps = {
  deliberation: Deliberation;
  onDone: (notice: string) => void;
  onCancel: () => void;
};

/** A new follow-up of a deliberation: its status now and a note. What was typed stays if it is refused. */
export function FollowUpForm({ deliberation, onDone, onCancel }: FollowUpFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<FollowUpDraft>(() => followUpDraft(deliberation));
  const [problem, setProblem] = useState<string | null>(null);
  const followUp = useFollowUpDeliberation();
  const message = problem ?? (followUp.isError ? errorMessage(followUp.error) : null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = followUpInput(deliberation, draft);
    if (!result.isValid) {
      followUp.reset();
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    followUp.mutate(result.input, {
      onSuccess: () => onDone(`Acompanhamento registrado: ${deliberationStatusLabel(result.input.status)}.`),
    });
  }

  return (
    <form className="admin-form meeting-form" onSubmit={submit} noValidate>
      <div className="admin-form__fields">
        <FormField id={`${id}-situacao`} label="Situação">
          <select
            id={`${id}-situacao`}
            value={draft.status}
            onChange={(event) =>
              setDraft((current) => ({ ...current, status: event.target.value as FollowUpDraft['status'] }))
            }
          >
            {FOLLOW_UP_STATUSES.map((status) => (
              <option key={status} value={status}>
                {deliberationStatusLabel(status)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          id={`${id}-nota`}
          label="Nota sobre o andamento"
          hint="O que foi feito, o que falta, de quem depende."
        >
          <textarea
            id={`${id}-nota`}
            rows={3}
            value={draft.note}
            aria-describedby={hintId(`${id}-nota`)}
            onChange={(event) => setDraft((current) => ({ ...current, note: event.target.value }))}
          />
        </FormField>
      </div>
      {message && <ErrorMessage title="O acompanhamento não foi registrado" message={message} />}
      <div className="form-actions">
        <button type="submit" className="button" disabled={followUp.isPending}>
          {followUp.isPending ? 'Registrando…' : 'Registrar acompanhamento'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancelar
        </button>
      </div>
    </form>
  );
}
