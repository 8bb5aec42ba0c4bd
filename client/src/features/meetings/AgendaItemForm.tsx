import { type FormEvent, useId, useState } from 'react';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { FormField, hintId } from '../admin/FormField.tsx';
import { type AgendaItemDraft, agendaItemInput, emptyAgendaItemDraft } from './meeting-drafts.ts';
import type { Coordination } from './meeting-permissions.ts';
import { type Refusal, refusalOf } from './refusal.ts';
import { useSubmitAgendaItem } from './use-meetings.ts';

type AgendaItemFormProps = {
  month: string;
  /** Only the coordenadorias the user may propose for. */
  coordinations: readonly Coordination[];
  /** The meeting was closed meanwhile: the form goes away, the page keeps the reason and the text. */
  onRefused: (refusal: Refusal) => void;
};

/** "Propor pauta": a coordenadoria asks for a subject to be discussed at the meeting. */
export function AgendaItemForm({ month, coordinations, onRefused }: AgendaItemFormProps) {
  const id = useId();
  const codes = coordinations.map((coordination) => coordination.code);
  const [draft, setDraft] = useState<AgendaItemDraft>(() => emptyAgendaItemDraft(codes));
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const submitItem = useSubmitAgendaItem((error, input) => {
    const typed = [input.title, input.description].filter(Boolean).join('\n\n');
    const refusal = refusalOf(error, 'A pauta não foi proposta', typed);
    if (refusal) onRefused(refusal);
  });
  const message = problem ?? (submitItem.isError ? errorMessage(submitItem.error) : null);
  const change = (changes: Partial<AgendaItemDraft>) => setDraft((current) => ({ ...current, ...changes }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice('');
    const result = agendaItemInput(month, draft, codes);
    if (!result.isValid) {
      submitItem.reset();
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    submitItem.mutate(result.input, {
      onSuccess: () => {
        setDraft(emptyAgendaItemDraft(codes));
        setNotice(`Pauta “${result.input.title}” proposta por ${result.input.coordinationCode}.`);
      },
    });
  }

  return (
    <form className="admin-form meeting-form" onSubmit={submit} noValidate aria-label="Propor pauta">
      <p className="form-success" role="status">
        {notice}
      </p>
      <div className="meeting-form__row">
        <FormField id={`${id}-coordenadoria`} label="Coordenadoria que propõe">
          <select
            id={`${id}-coordenadoria`}
            value={draft.coordinationCode}
            onChange={(event) => change({ coordinationCode: event.target.value })}
          >
            {codes.length > 1 && <option value="">Escolha…</option>}
            {coordinations.map((coordination) => (
              <option key={coordination.code} value={coordination.code}>
                {coordination.code} — {coordination.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          id={`${id}-assunto`}
          label="Assunto"
          hint="Uma linha: o que a coordenadoria quer discutir."
        >
          <input
            id={`${id}-assunto`}
            type="text"
            value={draft.title}
            maxLength={300}
            aria-describedby={hintId(`${id}-assunto`)}
            onChange={(event) => change({ title: event.target.value })}
          />
        </FormField>
      </div>
      <FormField
        id={`${id}-descricao`}
        label="Descrição (opcional)"
        hint="Contexto, o que se espera da reunião."
      >
        <textarea
          id={`${id}-descricao`}
          rows={3}
          value={draft.description}
          aria-describedby={hintId(`${id}-descricao`)}
          onChange={(event) => change({ description: event.target.value })}
        />
      </FormField>
      {message && <ErrorMessage title="A pauta não foi proposta" message={message} />}
      <div className="form-actions">
        <button type="submit" className="button" disabled={submitItem.isPending}>
          {submitItem.isPending ? 'Enviando…' : 'Propor pauta'}
        </button>
      </div>
    </form>
  );
}
