import { useId } from 'react';
import { DraftForm } from '../../components/ui/DraftForm.tsx';
import { FormField, hintId } from '../../components/ui/FormField.tsx';
import { useDraftForm } from '../../lib/use-draft-form.ts';
import { CoordinationOptions } from './MeetingForm.tsx';
import { deliberationInput, EMPTY_DELIBERATION } from './meeting-drafts.ts';
import type { Coordination } from './meeting-permissions.ts';
import { type Refusal, refusalOf } from './refusal.ts';
import { type MeetingHeader, useAddDeliberation } from './use-meetings.ts';

type DeliberationFormProps = {
  meeting: MeetingHeader;
  coordinations: readonly Coordination[];
  /** The meeting was closed meanwhile: the form goes away, the page keeps the reason and the text. */
  onRefused: (refusal: Refusal) => void;
  /** The text a new deliberation starts with (the presentation's slide says what it is about). */
  initialText?: string;
};

/** "Registrar deliberação/encaminhamento": what, who answers for it, by when. */
export function DeliberationForm({
  meeting,
  coordinations,
  onRefused,
  initialText = '',
}: DeliberationFormProps) {
  const id = useId();
  const add = useAddDeliberation((error, input) => {
    const refusal = refusalOf(error, 'A deliberação não foi registrada', input.text);
    if (refusal) onRefused(refusal);
  });
  const empty = { ...EMPTY_DELIBERATION, text: initialText };
  const { draft, setDraft, change, notice, setNotice, message, send } = useDraftForm(empty, add);

  function submit() {
    send(deliberationInput(meeting, draft), {
      onSuccess: () => {
        setDraft(empty);
        setNotice('Deliberação registrada.');
      },
    });
  }

  return (
    <DraftForm
      className="meeting-form"
      label="Registrar deliberação"
      notice={notice}
      errorTitle="A deliberação não foi registrada"
      message={message}
      isPending={add.isPending}
      submitLabel="Registrar deliberação"
      pendingLabel="Registrando…"
      onSubmit={submit}
    >
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
            <CoordinationOptions coordinations={coordinations} />
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
    </DraftForm>
  );
}
