import { useId } from 'react';
import { DraftForm } from '../../components/ui/DraftForm.tsx';
import { FormField, hintId } from '../../components/ui/FormField.tsx';
import { useDraftForm } from '../../lib/use-draft-form.ts';
import { CoordinationOptions } from './MeetingForm.tsx';
import { agendaItemInput, emptyAgendaItemDraft } from './meeting-drafts.ts';
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
  const submitItem = useSubmitAgendaItem((error, input) => {
    const typed = [input.title, input.description].filter(Boolean).join('\n\n');
    const refusal = refusalOf(error, 'A pauta não foi proposta', typed);
    if (refusal) onRefused(refusal);
  });
  const { draft, setDraft, change, notice, setNotice, message, send } = useDraftForm(
    () => emptyAgendaItemDraft(codes),
    submitItem,
  );

  function submit() {
    send(agendaItemInput(month, draft, codes), {
      onSuccess: (input) => {
        setDraft(emptyAgendaItemDraft(codes));
        setNotice(`Pauta “${input.title}” proposta por ${input.coordinationCode}.`);
      },
    });
  }

  return (
    <DraftForm
      className="meeting-form"
      label="Propor pauta"
      notice={notice}
      errorTitle="A pauta não foi proposta"
      message={message}
      isPending={submitItem.isPending}
      submitLabel="Propor pauta"
      pendingLabel="Enviando…"
      onSubmit={submit}
    >
      <div className="meeting-form__row">
        <FormField id={`${id}-coordenadoria`} label="Coordenadoria que propõe">
          <select
            id={`${id}-coordenadoria`}
            value={draft.coordinationCode}
            onChange={(event) => change({ coordinationCode: event.target.value })}
          >
            {codes.length > 1 && <option value="">Escolha…</option>}
            <CoordinationOptions coordinations={coordinations} />
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
    </DraftForm>
  );
}
