import { useId, useState } from 'react';
import { FormField } from '../admin/FormField.tsx';
import { type ObjectiveDraft, objectiveDraft, objectiveInput, type Target } from './drafts.ts';
import { EditorForm } from './EditorForm.tsx';
import type { ObjectiveNode } from './plan-tree.ts';
import { useSaveObjective } from './use-plan-admin.ts';

type ObjectiveEditorProps = {
  /** The objective as the tree shows it now; null to create one. */
  objective: ObjectiveNode | null;
  suggestedCode: string;
  usedCodes: readonly string[];
  /** Perspectives already in the plan, offered as suggestions. */
  perspectives: readonly string[];
  onSaved: (notice: string, code: string) => void;
  onCancel: () => void;
};

export function ObjectiveEditor({
  objective,
  suggestedCode,
  usedCodes,
  perspectives,
  onSaved,
  onCancel,
}: ObjectiveEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState<ObjectiveDraft>(() => objectiveDraft(objective, suggestedCode));
  const [version, setVersion] = useState(objective?.version ?? null);
  const [problems, setProblems] = useState<string[] | null>(null);
  const save = useSaveObjective();
  const change = (changes: Partial<ObjectiveDraft>) => setDraft((current) => ({ ...current, ...changes }));

  function submit() {
    const target: Target =
      objective && version !== null
        ? { mode: 'edit', code: objective.code, version }
        : { mode: 'create', parentCode: null, usedCodes };
    const result = objectiveInput(draft, target);
    if (!result.isValid) {
      save.reset();
      setProblems(result.problems);
      return;
    }
    setProblems(null);
    save.mutate(result.input, {
      onSuccess: () =>
        onSaved(
          objective ? `Objetivo ${result.input.code} salvo.` : `Objetivo ${result.input.code} criado.`,
          result.input.code,
        ),
    });
  }

  return (
    <EditorForm
      title={objective ? `Editar o objetivo ${objective.code}` : 'Novo objetivo'}
      errorTitle={objective ? 'As alterações não foram salvas' : 'O objetivo não foi criado'}
      problems={problems}
      error={save.error}
      isPending={save.isPending}
      submitLabel={objective ? 'Salvar alterações' : 'Criar objetivo'}
      hasNewerVersion={objective !== null && objective.version !== version}
      onLoadCurrent={
        objective
          ? () => {
              setDraft(objectiveDraft(objective));
              setVersion(objective.version);
              setProblems(null);
              save.reset();
            }
          : undefined
      }
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="admin-form__fields">
        {!objective && (
          <FormField id={`${id}-codigo`} label="Código" hint={`Sugerido: ${suggestedCode}.`}>
            <input
              id={`${id}-codigo`}
              type="text"
              value={draft.code}
              maxLength={10}
              onChange={(event) => change({ code: event.target.value.toUpperCase() })}
              autoComplete="off"
              spellCheck={false}
              required
            />
          </FormField>
        )}
        <FormField id={`${id}-perspectiva`} label="Perspectiva">
          <input
            id={`${id}-perspectiva`}
            type="text"
            value={draft.perspective}
            maxLength={200}
            list={`${id}-perspectivas`}
            onChange={(event) => change({ perspective: event.target.value })}
            autoComplete="off"
            required
          />
          <datalist id={`${id}-perspectivas`}>
            {perspectives.map((perspective) => (
              <option key={perspective} value={perspective} />
            ))}
          </datalist>
        </FormField>
      </div>
      <FormField id={`${id}-nome`} label="Nome do objetivo">
        <textarea
          id={`${id}-nome`}
          value={draft.name}
          maxLength={1000}
          rows={2}
          onChange={(event) => change({ name: event.target.value })}
          required
        />
      </FormField>
    </EditorForm>
  );
}
