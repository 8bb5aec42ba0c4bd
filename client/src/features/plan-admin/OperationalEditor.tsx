import { FormField } from '../../components/ui/FormField.tsx';
import { CoordinationChoice } from './CoordinationChoice.tsx';
import { operationalDraft, operationalInput } from './drafts.ts';
import { EditorForm } from './EditorForm.tsx';
import { ActionFields } from './NodeFields.tsx';
import type { OperationalNode } from './plan-tree.ts';
import { type EditorProps, useNodeEditor } from './use-node-editor.ts';
import { useSaveOperationalAction } from './use-plan-admin.ts';

type OperationalEditorProps = EditorProps & {
  strategicActionCode: string;
  /** The action as the tree shows it now; null to create one under `strategicActionCode`. */
  action: OperationalNode | null;
};

export function OperationalEditor({ strategicActionCode, action, ...given }: OperationalEditorProps) {
  const { fields, form } = useNodeEditor({
    ...given,
    node: action,
    parentCode: strategicActionCode,
    draftOf: operationalDraft,
    inputOf: (typed, target) => operationalInput(typed, strategicActionCode, target),
    save: useSaveOperationalAction(),
    notice: (code) => (action ? `Ação operacional ${code} salva.` : `Ação operacional ${code} criada.`),
  });
  const { id, draft, change } = fields;

  return (
    <EditorForm
      {...form}
      title={
        action
          ? `Editar a ação operacional ${action.code}`
          : `Nova ação operacional da ação estratégica ${strategicActionCode}`
      }
      notCreatedTitle="A ação operacional não foi criada"
      createLabel="Criar ação operacional"
    >
      <ActionFields
        {...fields}
        kindLabel="ação operacional"
        saved={action}
        isSetByPerson={action !== null && action.datesSetBy !== null}
      >
        <CoordinationChoice
          value={draft.coordinationCodes}
          onChange={(coordinationCodes) => change({ coordinationCodes })}
        />
      </ActionFields>
      <div className="admin-form__fields plan-editor__wide-fields">
        <FormField id={`${id}-participantes`} label="Quem participa (opcional)">
          <textarea
            id={`${id}-participantes`}
            value={draft.participants}
            maxLength={4000}
            rows={2}
            onChange={(event) => change({ participants: event.target.value })}
          />
        </FormField>
        <FormField id={`${id}-observacoes`} label="Observações (opcional)">
          <textarea
            id={`${id}-observacoes`}
            value={draft.observations}
            maxLength={4000}
            rows={2}
            onChange={(event) => change({ observations: event.target.value })}
          />
        </FormField>
      </div>
    </EditorForm>
  );
}
