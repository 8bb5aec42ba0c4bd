import { type FormEvent, useId, useState } from 'react';
import { NARRATIVE_FIELDS, NARRATIVE_MAX_CHARS } from '../../../../shared/schemas/semester-report.ts';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { FormActions } from '../../components/ui/FormActions.tsx';
import { errorCode, errorMessage } from '../../lib/errors.ts';
import { useUnsavedChangesWarning } from '../data-entry/use-unsaved-changes-warning.ts';
import {
  draftFrom,
  hasDraftChanges,
  type NarrativeDraft,
  type NarrativeErrors,
  narrativeInput,
} from './semester-report.ts';
import { type ReportNarrative, useSaveNarrative } from './use-semester-report.ts';

const sameDraft = (a: NarrativeDraft, b: NarrativeDraft) =>
  a.progress === b.progress && a.difficulties === b.difficulties && a.relation === b.relation;

const SERVER_TITLES: Record<string, string> = {
  CONFLICT: 'Este texto foi salvo de novo enquanto você escrevia',
  FORBIDDEN: 'Você não pode escrever este texto',
};

type NarrativeFormProps = {
  semester: string;
  objectiveCode: string;
  coordinationCode: string;
  /** What is saved now (refreshed after a conflict): the next save is based on its version. */
  narrative: ReportNarrative | null;
  /** Item c)'s starting text when nothing was written yet (from the indicator analyses). */
  relationSuggestion?: string | null;
  /** `isUnchanged`: the texts were already saved as they are (nothing written). */
  onSaved: (isUnchanged: boolean) => void;
  onCancel: () => void;
};

/**
 * One coordenadoria's three texts for an objective and semester. What was typed stays when the
 * server refuses it; after a conflict the text saved by the other person shows above the form.
 */
export function NarrativeForm({
  semester,
  objectiveCode,
  coordinationCode,
  narrative,
  relationSuggestion = null,
  onSaved,
  onCancel,
}: NarrativeFormProps) {
  const id = useId();
  const [initial] = useState<NarrativeDraft>(() => draftFrom(narrative, relationSuggestion));
  const [draft, setDraft] = useState<NarrativeDraft>(initial);
  const [errors, setErrors] = useState<NarrativeErrors>({});
  const [problem, setProblem] = useState('');
  const save = useSaveNarrative();
  // The suggestion alone is not something the person typed.
  useUnsavedChangesWarning(hasDraftChanges(draft, narrative) && !sameDraft(draft, initial));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = narrativeInput(draft, {
      semester,
      objectiveCode,
      coordinationCode,
      version: narrative?.version ?? null,
    });
    if (!result.isValid) {
      save.reset();
      setErrors(result.errors);
      setProblem(result.message);
      const first = NARRATIVE_FIELDS.find((field) => result.errors[field.key]);
      if (first) document.getElementById(`${id}-${first.key}`)?.focus();
      return;
    }
    setErrors({});
    setProblem('');
    save.mutate(result.input, { onSuccess: (saved) => onSaved(saved.isUnchanged) });
  }

  const serverTitle = save.isError
    ? (SERVER_TITLES[errorCode(save.error) ?? ''] ?? 'O texto não foi salvo')
    : null;

  return (
    <form
      className="record-form semester-narrative-form"
      onSubmit={submit}
      noValidate
      aria-label={`Texto da ${coordinationCode} para o objetivo ${objectiveCode}`}
    >
      {NARRATIVE_FIELDS.map((field) => {
        const controlId = `${id}-${field.key}`;
        const error = errors[field.key];
        return (
          <div key={field.key} className={error ? 'form-field form-field--invalid' : 'form-field'}>
            <label htmlFor={controlId}>
              {field.letter}) {field.heading}
            </label>
            <textarea
              id={controlId}
              rows={5}
              value={draft[field.key]}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${controlId}-erro` : `${controlId}-dica`}
              onChange={(event) => {
                const value = event.target.value;
                setDraft((current) => ({ ...current, [field.key]: value }));
                setErrors((current) => {
                  const next = { ...current };
                  delete next[field.key];
                  return next;
                });
              }}
            />
            {error ? (
              <p id={`${controlId}-erro`} className="field-error">
                <span aria-hidden="true">⚠ </span>
                {error}
              </p>
            ) : (
              <p id={`${controlId}-dica`} className="form-field__hint">
                {field.key === 'relation' && !narrative && relationSuggestion
                  ? 'Começa com as análises do indicador escritas no semestre: revise antes de salvar. '
                  : ''}
                Opcional; até {NARRATIVE_MAX_CHARS.toLocaleString('pt-BR')} caracteres.
              </p>
            )}
          </div>
        );
      })}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {serverTitle && <ErrorMessage title={serverTitle} message={errorMessage(save.error)} />}
      <FormActions
        submitLabel={`Salvar texto da ${coordinationCode}`}
        pendingLabel="Salvando…"
        isPending={save.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
