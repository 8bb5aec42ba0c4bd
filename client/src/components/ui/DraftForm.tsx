import type { FormEvent, ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage.tsx';
import { FormActions } from './FormActions.tsx';

type DraftFormProps = {
  /** The form's accessible name, where no heading names it. */
  label?: string;
  /** The last success, in a live region that is always in the page (it must exist before it speaks). */
  notice?: string;
  /** "A adesão não foi registrada": the title of the problem. */
  errorTitle: string;
  message: string | null;
  isPending: boolean;
  submitLabel: string;
  pendingLabel: string;
  onSubmit: () => void;
  onCancel?: () => void;
  /** The feature's own class (`meeting-form`, `planif-form …`). */
  className: string;
  children: ReactNode;
};

/**
 * The frame of a form of drafts (meetings, planificação): notice, fields, problem, buttons. The browser's own checks are
 * off (`noValidate`): the problem is said in Portuguese, in the page, and what was typed stays.
 */
export function DraftForm({
  label,
  notice,
  errorTitle,
  message,
  isPending,
  submitLabel,
  pendingLabel,
  onSubmit,
  onCancel,
  className,
  children,
}: DraftFormProps) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form className={`admin-form ${className}`} onSubmit={submit} noValidate aria-label={label}>
      {notice !== undefined && (
        <p className="form-success" role="status">
          {notice}
        </p>
      )}
      {children}
      {message && <ErrorMessage title={errorTitle} message={message} />}
      <FormActions
        submitLabel={submitLabel}
        pendingLabel={pendingLabel}
        isPending={isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
