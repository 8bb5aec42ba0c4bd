import { FormField } from '../../components/ui/FormField.tsx';
import { objectiveDraft, objectiveInput } from './drafts.ts';
import { EditorForm } from './EditorForm.tsx';
import { CodeField } from './NodeFields.tsx';
import type { ObjectiveNode } from './plan-tree.ts';
import { type EditorProps, useNodeEditor } from './use-node-editor.ts';
import { useSaveObjective } from './use-plan-admin.ts';

type ObjectiveEditorProps = EditorProps & {
  /** The objective as the tree shows it now; null to create one. */
  objective: ObjectiveNode | null;
  /** Perspectives already in the plan, offered as suggestions. */
  perspectives: readonly string[];
};

export function ObjectiveEditor({ objective, perspectives, ...given }: ObjectiveEditorProps) {
  const { fields, form } = useNodeEditor({
    ...given,
    node: objective,
    parentCode: null,
    draftOf: objectiveDraft,
    inputOf: objectiveInput,
    save: useSaveObjective(),
    notice: (code) => (objective ? `Objetivo ${code} salvo.` : `Objetivo ${code} criado.`),
  });
  const { id, draft, change } = fields;

  return (
    <EditorForm
      {...form}
      title={objective ? `Editar o objetivo ${objective.code}` : 'Novo objetivo'}
      notCreatedTitle="O objetivo não foi criado"
      createLabel="Criar objetivo"
    >
      <div className="admin-form__fields">
        {!objective && (
          <CodeField
            id={`${id}-codigo`}
            value={draft.code}
            suggestedCode={fields.suggestedCode}
            maxLength={10}
            onChange={(code) => change({ code: code.toUpperCase() })}
          />
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
