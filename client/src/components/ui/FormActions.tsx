type FormActionsProps = {
  submitLabel: string;
  /** "Salvando…", "Enviando…": shown on the disabled button while the save is on its way. */
  pendingLabel: string;
  isPending: boolean;
  /** Forms opened in place can be closed without saving; the others have no "Cancelar". */
  onCancel?: (() => void) | undefined;
};

/**
 * The buttons under a form. While saving, the submit button refuses clicks (and Enter) so a double
 * click sends once; it is marked `aria-disabled` rather than disabled, because a disabled button
 * loses the keyboard focus, which would jump to the top of the page.
 */
export function FormActions({ submitLabel, pendingLabel, isPending, onCancel }: FormActionsProps) {
  return (
    <div className="form-actions">
      <button
        type="submit"
        className="button"
        aria-disabled={isPending || undefined}
        onClick={(event) => {
          if (isPending) event.preventDefault();
        }}
      >
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
