type FormActionsProps = {
  submitLabel: string;
  /** "Salvando…", "Enviando…": shown on the disabled button while the save is on its way. */
  pendingLabel: string;
  isPending: boolean;
  /** Forms opened in place can be closed without saving; the others have no "Cancelar". */
  onCancel?: (() => void) | undefined;
};

/** The buttons under a form: the submit one, disabled while saving so a double click sends once. */
export function FormActions({ submitLabel, pendingLabel, isPending, onCancel }: FormActionsProps) {
  return (
    <div className="form-actions">
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? pendingLabel : submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancelar
        </button>
      )}
    </div>
  );
}
