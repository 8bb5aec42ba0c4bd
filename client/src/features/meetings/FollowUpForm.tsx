import { useId } from 'react';
import { DraftForm } from '../../components/ui/DraftForm.tsx';
import { FormField, hintId } from '../../components/ui/FormField.tsx';
import { useDraftForm } from '../../lib/use-draft-form.ts';
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
  const followUp = useFollowUpDeliberation();
  const { draft, change, message, send } = useDraftForm(() => followUpDraft(deliberation), followUp);

  function submit() {
    send(followUpInput(deliberation, draft), {
      onSuccess: (input) => onDone(`Acompanhamento registrado: ${deliberationStatusLabel(input.status)}.`),
    });
  }

  return (
    <DraftForm
      className="meeting-form"
      errorTitle="O acompanhamento não foi registrado"
      message={message}
      isPending={followUp.isPending}
      submitLabel="Registrar acompanhamento"
      pendingLabel="Registrando…"
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="admin-form__fields">
        <FormField id={`${id}-situacao`} label="Situação">
          <select
            id={`${id}-situacao`}
            value={draft.status}
            onChange={(event) => change({ status: event.target.value as FollowUpDraft['status'] })}
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
            onChange={(event) => change({ note: event.target.value })}
          />
        </FormField>
      </div>
    </DraftForm>
  );
}
