import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { FormActions } from '../../components/ui/FormActions.tsx';
import { type ControlProps, controlProps, FormField } from '../../components/ui/FormField.tsx';
import { errorCode, errorMessage } from '../../lib/errors.ts';
import { useOpenAtAnchor } from '../../lib/use-open-at-anchor.ts';
import { useUnsavedChangesWarning } from '../data-entry/use-unsaved-changes-warning.ts';
import { formatMonth, RECORD_STATUS_ORDER, statusLabel } from './action-labels.ts';
import { RECORD_ANCHOR } from './action-search.ts';
import {
  effectivePercent,
  emptyRecordDraft,
  firstErrorField,
  hasTypedText,
  lastWrittenId,
  type RecordDraft,
  type RecordErrors,
  type RecordField,
  recordInput,
  referenceMonthNote,
} from './record-draft.ts';
import { type MonitoringRecord, useRecordMonitoring } from './use-action-plan.ts';

type RecordFormProps = {
  code: string;
  /** Newest first, as shown below the form: the first one is what this save is based on. */
  history: readonly MonitoringRecord[];
  /** `?mes=` or the current month. */
  initialMonth: string;
  currentMonth: string;
};

const SERVER_TITLES: Record<string, string> = {
  CONFLICT: 'Esta ação recebeu outro registro enquanto você preenchia',
  FORBIDDEN: 'Você não pode registrar esta ação',
};

/** The fields typed as free text. */
type TextField =
  | 'doneText'
  | 'difficulties'
  | 'evidenceText'
  | 'ncDescription'
  | 'ncCause'
  | 'ncCorrectiveAction';

/**
 * "Registrar" in Minhas ações links to `#registro`: the form (shown once the action has loaded) comes
 * into view with Situação focused, the month having come with the link.
 */
/**
 * The month's monitoring record. Typed values stay when the server refuses them (a conflict, a rule);
 * after a conflict the history below shows the new record and the next save is based on it.
 */
export function RecordForm({ code, history, initialMonth, currentMonth }: RecordFormProps) {
  const id = useId();
  const fieldId = (field: RecordField) => `${id}-${field}`;
  const [draft, setDraft] = useState<RecordDraft>(() => emptyRecordDraft(initialMonth));
  const [errors, setErrors] = useState<RecordErrors>({});
  const [notice, setNotice] = useState('');
  const record = useRecordMonitoring();
  useUnsavedChangesWarning(hasTypedText(draft));
  useOpenAtAnchor(RECORD_ANCHOR, fieldId('status'));

  const latest = history[0] ?? null;
  const monthNote = referenceMonthNote(draft.referenceMonth, history);
  const isDone = draft.status === 'done';

  function change(changes: Partial<RecordDraft>) {
    setDraft((current) => ({ ...current, ...changes }));
    setNotice('');
    // A corrected field loses its message; the others keep theirs until the next attempt.
    setErrors((current) => {
      const next = { ...current };
      for (const field of Object.keys(changes) as RecordField[]) delete next[field];
      return next;
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice('');
    const result = recordInput(draft, { code, basedOnRecordId: lastWrittenId(history), currentMonth });
    if (!result.isValid) {
      record.reset();
      setErrors(result.errors);
      const first = firstErrorField(result.errors);
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    setErrors({});
    record.mutate(result.input, {
      onSuccess: () => {
        setDraft(emptyRecordDraft(initialMonth));
        setNotice('Registro salvo.');
      },
    });
  }

  const serverTitle = record.isError
    ? (SERVER_TITLES[errorCode(record.error) ?? ''] ?? 'O registro não foi salvo')
    : null;
  const errorCount = Object.keys(errors).length;
  const Field = ({
    field,
    label,
    hint,
    children,
  }: {
    field: RecordField;
    label: string;
    hint?: ReactNode;
    children: (props: ControlProps) => ReactNode;
  }) => (
    <FormField id={fieldId(field)} label={label} hint={hint} error={errors[field]}>
      {children(controlProps(fieldId(field), { hint: Boolean(hint), error: errors[field] }))}
    </FormField>
  );

  /** A free-text field: a textarea of `rows` lines bound to its field of the draft. */
  const textField = (
    field: TextField,
    label: string,
    rows: number,
    { hint, ...textarea }: { hint?: ReactNode; placeholder?: string; spellCheck?: boolean } = {},
  ) =>
    Field({
      field,
      label,
      hint,
      children: (props) => (
        <textarea
          {...props}
          {...textarea}
          rows={rows}
          value={draft[field]}
          onChange={(event) => change({ [field]: event.target.value })}
        />
      ),
    });

  return (
    <form className="record-form" onSubmit={submit} noValidate aria-labelledby={RECORD_ANCHOR}>
      <h2 id={RECORD_ANCHOR} className="card__title">
        Registrar o monitoramento do mês
      </h2>
      <p className="note">
        Cada registro entra no histórico da ação e nada é sobrescrito; o registro do mês mais recente define a
        situação atual.
      </p>
      <div className="record-form__row">
        {Field({
          field: 'referenceMonth',
          label: 'Mês de referência',
          hint: monthNote,
          children: (props) => (
            <input
              {...props}
              type="month"
              value={draft.referenceMonth}
              max={currentMonth}
              onChange={(event) => change({ referenceMonth: event.target.value })}
            />
          ),
        })}
        {Field({
          field: 'status',
          label: 'Situação',
          children: (props) => (
            <select
              {...props}
              value={draft.status}
              onChange={(event) => change({ status: event.target.value as RecordDraft['status'] })}
            >
              <option value="">Escolha…</option>
              {RECORD_STATUS_ORDER.map((status) => (
                <option key={status} value={status}>
                  {statusLabel(status)}
                </option>
              ))}
            </select>
          ),
        })}
        {Field({
          field: 'percentDone',
          label: '% executado (opcional)',
          hint: isDone
            ? 'Ação concluída: 100%.'
            : latest?.percentDone !== null && latest?.percentDone !== undefined
              ? `De 0 a 100. No último registro: ${latest.percentDone}%.`
              : 'De 0 a 100.',
          children: (props) => (
            <input
              {...props}
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              step={1}
              value={effectivePercent(draft)}
              disabled={isDone}
              onChange={(event) => change({ percentDone: event.target.value })}
            />
          ),
        })}
      </div>
      {textField('doneText', 'O que foi feito', 4)}
      {textField('difficulties', 'Dificuldades', 3)}
      {textField('evidenceText', 'Evidências (links)', 3, {
        hint: 'Um link por linha, começando com http:// ou https:// (documentos, atas, fotos no drive). Até 20 links.',
        placeholder: 'https://',
        spellCheck: false,
      })}
      <label className="checkbox-field record-form__nc-toggle">
        <input
          type="checkbox"
          checked={draft.hasNonConformity}
          aria-controls={`${id}-nc`}
          aria-expanded={draft.hasNonConformity}
          onChange={(event) => change({ hasNonConformity: event.target.checked })}
        />
        Houve não conformidade
      </label>
      {draft.hasNonConformity && (
        <fieldset id={`${id}-nc`} className="record-form__nc">
          <legend>Não conformidade e medida corretiva</legend>
          {textField('ncDescription', 'Descrição (obrigatória)', 3)}
          {textField('ncCause', 'Causa (opcional)', 2)}
          {textField('ncCorrectiveAction', 'Medida corretiva (obrigatória)', 2)}
          <div className="record-form__row">
            {Field({
              field: 'ncCorrectiveOwner',
              label: 'Responsável pela medida (obrigatório)',
              children: (props) => (
                <input
                  {...props}
                  type="text"
                  value={draft.ncCorrectiveOwner}
                  onChange={(event) => change({ ncCorrectiveOwner: event.target.value })}
                />
              ),
            })}
            {Field({
              field: 'ncCorrectiveDeadline',
              label: 'Novo prazo (obrigatório)',
              children: (props) => (
                <input
                  {...props}
                  type="date"
                  value={draft.ncCorrectiveDeadline}
                  onChange={(event) => change({ ncCorrectiveDeadline: event.target.value })}
                />
              ),
            })}
          </div>
        </fieldset>
      )}
      {errorCount > 0 && (
        <p className="form-error" role="alert">
          {errorCount === 1
            ? 'Corrija o campo indicado para salvar.'
            : `Corrija os ${errorCount} campos indicados para salvar.`}
        </p>
      )}
      {serverTitle && <ErrorMessage title={serverTitle} message={errorMessage(record.error)} />}
      <p className="form-success" role="status">
        {notice}
      </p>
      <FormActions
        submitLabel={
          draft.referenceMonth ? `Salvar registro de ${formatMonth(draft.referenceMonth)}` : 'Salvar registro'
        }
        pendingLabel="Salvando…"
        isPending={record.isPending}
      />
    </form>
  );
}
