import { useEffect, useRef } from 'react';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { errorMessage } from '../../lib/errors.ts';

type ConfirmInlineProps = {
  question: string;
  explanation?: string;
  confirmLabel: string;
  pendingLabel: string;
  isPending: boolean;
  /** The last refusal of this removal, if any. */
  error: unknown;
  errorTitle: string;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Removing asks first, in place. Focus starts on "Cancelar": a second Enter must not remove. */
export function ConfirmInline({
  question,
  explanation,
  confirmLabel,
  pendingLabel,
  isPending,
  error,
  errorTitle,
  onConfirm,
  onCancel,
}: ConfirmInlineProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancel.current?.scrollIntoView({ block: 'nearest' });
    cancel.current?.focus({ preventScroll: true });
  }, []);

  return (
    <div className="planif-confirm">
      <p className="planif-confirm__question">{question}</p>
      {explanation && <p className="planif-confirm__explanation">{explanation}</p>}
      {error !== null && error !== undefined && (
        <ErrorMessage title={errorTitle} message={errorMessage(error)} />
      )}
      <div className="row-actions">
        <button
          type="button"
          className="button button--danger button--small"
          disabled={isPending}
          onClick={onConfirm}
        >
          {isPending ? pendingLabel : confirmLabel}
        </button>
        <button
          ref={cancel}
          type="button"
          className="button button--secondary button--small"
          onClick={onCancel}
        >
          Cancelar
        </button>
      </div>
    </div>
  );
}
