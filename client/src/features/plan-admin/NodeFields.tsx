import type { ReactNode } from 'react';
import { FormField } from '../../components/ui/FormField.tsx';
import { DeadlineField } from './DeadlineField.tsx';
import type { SavedDeadline } from './dates.ts';
import type { StrategicDraft } from './drafts.ts';

type CodeFieldProps = {
  id: string;
  value: string;
  suggestedCode: string;
  maxLength: number;
  onChange: (code: string) => void;
};

/** The code of a new node (an existing node's code never changes), starting on the suggested one. */
export function CodeField({ id, value, suggestedCode, maxLength, onChange }: CodeFieldProps) {
  return (
    <FormField id={id} label="Código" hint={`Sugerido: ${suggestedCode}.`}>
      <input
        id={id}
        type="text"
        value={value}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        required
      />
    </FormField>
  );
}

type ActionFieldsProps = {
  /** The editor's `useId`; each field adds its own suffix. */
  id: string;
  /** "ação estratégica", "ação operacional": completes the text field's label. */
  kindLabel: string;
  draft: StrategicDraft;
  change: (changes: Partial<StrategicDraft>) => void;
  suggestedCode: string;
  /** The action as saved, when editing (null: a new action, with a code to type). */
  saved: Pick<SavedDeadline, 'deadlineText' | 'startsOn' | 'endsOn'> | null;
  /** A person set the saved dates in the review of prazos: the same prazo text keeps them. */
  isSetByPerson: boolean;
  /** Fields of one kind only, placed between the text and who answers for the action. */
  children?: ReactNode;
};

/** What a strategic and an operational action both have: code (new only), text, responsável and prazo. */
export function ActionFields({
  id,
  kindLabel,
  draft,
  change,
  suggestedCode,
  saved,
  isSetByPerson,
  children,
}: ActionFieldsProps) {
  return (
    <>
      {!saved && (
        <div className="admin-form__fields">
          <CodeField
            id={`${id}-codigo`}
            value={draft.code}
            suggestedCode={suggestedCode}
            maxLength={20}
            onChange={(code) => change({ code })}
          />
        </div>
      )}
      <FormField id={`${id}-texto`} label={`Texto da ${kindLabel}`}>
        <textarea
          id={`${id}-texto`}
          value={draft.text}
          maxLength={4000}
          rows={3}
          onChange={(event) => change({ text: event.target.value })}
          required
        />
      </FormField>
      {children}
      <div className="admin-form__fields">
        <FormField id={`${id}-responsavel`} label="Responsável (como escrito no plano)">
          <input
            id={`${id}-responsavel`}
            type="text"
            value={draft.responsibleText}
            maxLength={1000}
            onChange={(event) => change({ responsibleText: event.target.value })}
            autoComplete="off"
            required
          />
        </FormField>
        <DeadlineField
          id={`${id}-prazo`}
          value={draft.deadlineText}
          onChange={(deadlineText) => change({ deadlineText })}
          saved={
            saved && {
              deadlineText: saved.deadlineText,
              startsOn: saved.startsOn,
              endsOn: saved.endsOn,
              isSetByPerson,
            }
          }
        />
      </div>
    </>
  );
}
