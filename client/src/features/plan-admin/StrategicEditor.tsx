import { strategicDraft, strategicInput } from './drafts.ts';
import { EditorForm } from './EditorForm.tsx';
import { ActionFields } from './NodeFields.tsx';
import type { StrategicNode } from './plan-tree.ts';
import { type EditorProps, useNodeEditor } from './use-node-editor.ts';
import { useSaveStrategicAction } from './use-plan-admin.ts';

type StrategicEditorProps = EditorProps & {
  objectiveCode: string;
  /** The action as the tree shows it now; null to create one under `objectiveCode`. */
  action: StrategicNode | null;
};

export function StrategicEditor({ objectiveCode, action, ...given }: StrategicEditorProps) {
  const { fields, form } = useNodeEditor({
    ...given,
    node: action,
    parentCode: objectiveCode,
    draftOf: strategicDraft,
    inputOf: (typed, target) => strategicInput(typed, objectiveCode, target),
    save: useSaveStrategicAction(),
    notice: (code) => (action ? `Ação estratégica ${code} salva.` : `Ação estratégica ${code} criada.`),
  });

  return (
    <EditorForm
      {...form}
      title={
        action
          ? `Editar a ação estratégica ${action.code}`
          : `Nova ação estratégica do objetivo ${objectiveCode}`
      }
      notCreatedTitle="A ação estratégica não foi criada"
      createLabel="Criar ação estratégica"
    >
      <ActionFields
        {...fields}
        kindLabel="ação estratégica"
        saved={action}
        // The tree does not say who set a strategic action's dates.
        isSetByPerson={false}
      />
    </EditorForm>
  );
}
