import { useId, useState } from 'react';
import { FormField } from '../admin/FormField.tsx';
import { DeadlineField } from './DeadlineField.tsx';
import { type StrategicDraft, strategicDraft, strategicInput, type Target } from './drafts.ts';
import { EditorForm } from './EditorForm.tsx';
import type { StrategicNode } from './plan-tree.ts';
import { useSaveStrategicAction } from './use-plan-admin.ts';

type StrategicEditorProps = {
  objectiveCode: string;
  /** The action as the tree shows it now; null to create one under `objectiveCode`. */
  action: StrategicNode | null;
  suggestedCode: string;
  usedCodes: readonly string[];
  onSaved: (notice: string, code: string) => void;
  onCancel: () => void;
};

export function StrategicEditor({
  objectiveCode,
  action,
  suggestedCode,
  usedCodes,
  onSaved,
  onCancel,
}: StrategicEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState<StrategicDraft>(() => strategicDraft(action, suggestedCode));
  const [version, setVersion] = useState(action?.version ?? null);
  const [problems, setProblems] = useState<string[] | null>(null);
  const save = useSaveStrategicAction();
  const change = (changes: Partial<StrategicDraft>) => setDraft((current) => ({ ...current, ...changes }));

  function submit() {
    const target: Target =
      action && version !== null
        ? { mode: 'edit', code: action.code, version }
        : { mode: 'create', parentCode: objectiveCode, usedCodes };
    const result = strategicInput(draft, objectiveCode, target);
    if (!result.isValid) {
      save.reset();
      setProblems(result.problems);
      return;
    }
    setProblems(null);
    save.mutate(result.input, {
      onSuccess: () =>
        onSaved(
          action
            ? `Ação estratégica ${result.input.code} salva.`
            : `Ação estratégica ${result.input.code} criada.`,
          result.input.code,
        ),
    });
  }

  return (
    <EditorForm
      title={
        action
          ? `Editar a ação estratégica ${action.code}`
          : `Nova ação estratégica do objetivo ${objectiveCode}`
      }
      errorTitle={action ? 'As alterações não foram salvas' : 'A ação estratégica não foi criada'}
      problems={problems}
      error={save.error}
      isPending={save.isPending}
      submitLabel={action ? 'Salvar alterações' : 'Criar ação estratégica'}
      hasNewerVersion={action !== null && action.version !== version}
      onLoadCurrent={
        action
          ? () => {
              setDraft(strategicDraft(action));
              setVersion(action.version);
              setProblems(null);
              save.reset();
            }
          : undefined
      }
      onSubmit={submit}
      onCancel={onCancel}
    >
      {!action && (
        <div className="admin-form__fields">
          <FormField id={`${id}-codigo`} label="Código" hint={`Sugerido: ${suggestedCode}.`}>
            <input
              id={`${id}-codigo`}
              type="text"
              value={draft.code}
              maxLength={20}
              onChange={(event) => change({ code: event.target.value })}
              autoComplete="off"
              spellCheck={false}
              required
            />
          </FormField>
        </div>
      )}
      <FormField id={`${id}-texto`} label="Texto da ação estratégica">
        <textarea
          id={`${id}-texto`}
          value={draft.text}
          maxLength={4000}
          rows={3}
          onChange={(event) => change({ text: event.target.value })}
          required
        />
      </FormField>
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
            action && {
              deadlineText: action.deadlineText,
              startsOn: action.startsOn,
              endsOn: action.endsOn,
              // The tree does not say who set a strategic action's dates.
              isSetByPerson: false,
            }
          }
        />
      </div>
    </EditorForm>
  );
}
