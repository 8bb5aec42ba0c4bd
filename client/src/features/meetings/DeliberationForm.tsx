import { type FormEvent, useId, useState } from 'react';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { FormField, hintId } from '../admin/FormField.tsx';
import { type DeliberationDraft, deliberationInput, EMPTY_DELIBERATION } from './meeting-drafts.ts';
import type { Coordination } from './meeting-permissions.ts';
import { type Refusal, refusalOf } from './refusal.ts';
import { type MeetingHeader, useAddDeliberation } from './use-meetings.ts';

type DeliberationFormProps = {
  meeting: MeetingHeader;
  coordinations: readonly Coordination[];
  /** The meeting was closed meanwhile: the form goes away, the page keeps the reason and the text. */
  onRefused: (refusal: Refusal) => void;
};

/** "Registrar deliberação/encaminhamento": what, who answers for it, by when. */
export function DeliberationForm({ meeting, coordinations, onRefused }: DeliberationFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<DeliberationDraft>(EMPTY_DELIBERATION);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const add = useAddDeliberation((error, input) => {
    const refusal = refusalOf(error, 'A deliberação não foi registrada', input.text);
    if (refusal) onRefused(refusal);
  });
  const message = problem ?? (add.isError ? errorMessage(add.error) : null);
  const change = (changes: Partial<DeliberationDraft>) => setDraft((current) => ({ ...current, ...changes }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice('');
    const result = deliberationInput(meeting, draft);
    if (!result.isValid) {
      add.reset();
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    add.mutate(result.input, {
      onSuccess: () => {
        setDraft(EMPTY_DELIBERATION);
        setNotice('Deliberação registrada.');
      },
    });
  }

  return (
    <form className="admin-form meeting-form" onSubmit={submit} noValidate aria-label="Registrar deliberação">
      <p className="form-success" role="status">
        {notice}
      </p>
      <FormField
        id={`${id}-texto`}
        label="O quê"
        hint="A deliberação ou o encaminhamento, como será cobrado."
      >
        <textarea
          id={`${id}-texto`}
          rows={3}
          value={draft.text}
          aria-describedby={hintId(`${id}-texto`)}
          onChange={(event) => change({ text: event.target.value })}
        />
      </FormField>
      <div className="meeting-form__row meeting-form__row--three">
        <FormField
          id={`${id}-coordenadoria`}
          label="Responsável: coordenadoria"
          hint="A coordenadoria escolhida acompanha a deliberação no painel."
        >
          <select
            id={`${id}-coordenadoria`}
            value={draft.ownerCoordinationCode}
            aria-describedby={hintId(`${id}-coordenadoria`)}
            onChange={(event) => change({ ownerCoordinationCode: event.target.value })}
          >
            <option value="">Nenhuma (só o nome)</option>
            {coordinations.map((coordination) => (
              <option key={coordination.code} value={coordination.code}>
                {coordination.code} — {coordination.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          id={`${id}-nome`}
          label="e/ou nome do responsável"
          hint="Pessoa ou área, quando não é (só) uma coordenadoria."
        >
          <input
            id={`${id}-nome`}
            type="text"
            value={draft.ownerText}
            maxLength={200}
            aria-describedby={hintId(`${id}-nome`)}
            onChange={(event) => change({ ownerText: event.target.value })}
          />
        </FormField>
        <FormField id={`${id}-prazo`} label="Prazo (opcional)" hint="Não anterior à data da reunião.">
          <input
            id={`${id}-prazo`}
            type="date"
            value={draft.deadline}
            min={meeting.scheduledOn}
            aria-describedby={hintId(`${id}-prazo`)}
            onChange={(event) => change({ deadline: event.target.value })}
          />
        </FormField>
      </div>
      {message && <ErrorMessage title="A deliberação não foi registrada" message={message} />}
      <div className="form-actions">
        <button type="submit" className="button" disabled={add.isPending}>
          {add.isPending ? 'Registrando…' : 'Registrar deliberação'}
        </button>
      </div>
    </form>
  );
}
