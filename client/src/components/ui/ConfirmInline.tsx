import { useEffect, useRef } from 'react';
import { errorMessage } from '../../lib/errors.ts';
import { ErrorMessage } from './ErrorMessage.tsx';

type ConfirmInlineProps = {
  question: string;
  explanation?: string;
  confirmLabel: string;
  pendingLabel: string;
  isPending: boolean;
  /** The last refusal, if any, and its title. */
  error?: unknown;
  errorTitle?: string;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Removing, retiring or revoking asks first, in place. Focus starts on "Cancelar": a second Enter must not confirm. */
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
    <div className="confirm-box">
      <p className="confirm-box__question">{question}</p>
      {explanation && <p className="confirm-box__explanation">{explanation}</p>}
      {error !== null && error !== undefined && (
        <ErrorMessage title={errorTitle ?? 'Não foi feito'} message={errorMessage(error)} />
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
