import { useId, useState } from 'react';
import { FormField } from '../admin/FormField.tsx';
import { CoordinationChoice } from './CoordinationChoice.tsx';
import { DeadlineField } from './DeadlineField.tsx';
import { type OperationalDraft, operationalDraft, operationalInput, type Target } from './drafts.ts';
import { EditorForm } from './EditorForm.tsx';
import type { OperationalNode } from './plan-tree.ts';
import { useSaveOperationalAction } from './use-plan-admin.ts';

type OperationalEditorProps = {
  strategicActionCode: string;
  /** The action as the tree shows it now; null to create one under `strategicActionCode`. */
  action: OperationalNode | null;
  suggestedCode: string;
  usedCodes: readonly string[];
  onSaved: (notice: string, code: string) => void;
  onCancel: () => void;
};

export function OperationalEditor({
  strategicActionCode,
  action,
  suggestedCode,
  usedCodes,
  onSaved,
  onCancel,
}: OperationalEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState<OperationalDraft>(() => operationalDraft(action, suggestedCode));
  const [version, setVersion] = useState(action?.version ?? null);
  const [problems, setProblems] = useState<string[] | null>(null);
  const save = useSaveOperationalAction();
  const change = (changes: Partial<OperationalDraft>) => setDraft((current) => ({ ...current, ...changes }));

  function submit() {
    const target: Target =
      action && version !== null
        ? { mode: 'edit', code: action.code, version }
        : { mode: 'create', parentCode: strategicActionCode, usedCodes };
    const result = operationalInput(draft, strategicActionCode, target);
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
            ? `Ação operacional ${result.input.code} salva.`
            : `Ação operacional ${result.input.code} criada.`,
          result.input.code,
        ),
    });
  }

  return (
    <EditorForm
      title={
        action
          ? `Editar a ação operacional ${action.code}`
          : `Nova ação operacional da ação estratégica ${strategicActionCode}`
      }
      errorTitle={action ? 'As alterações não foram salvas' : 'A ação operacional não foi criada'}
      problems={problems}
      error={save.error}
      isPending={save.isPending}
      submitLabel={action ? 'Salvar alterações' : 'Criar ação operacional'}
      hasNewerVersion={action !== null && action.version !== version}
      onLoadCurrent={
        action
          ? () => {
              setDraft(operationalDraft(action));
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
      <FormField id={`${id}-texto`} label="Texto da ação operacional">
        <textarea
          id={`${id}-texto`}
          value={draft.text}
          maxLength={4000}
          rows={3}
          onChange={(event) => change({ text: event.target.value })}
          required
        />
      </FormField>
      <CoordinationChoice
        value={draft.coordinationCodes}
        onChange={(coordinationCodes) => change({ coordinationCodes })}
      />
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
              isSetByPerson: action.datesSetBy !== null,
            }
          }
        />
      </div>
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
