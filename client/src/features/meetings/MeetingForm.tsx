import type { FormEvent, ReactNode } from 'react';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { FormActions } from '../../components/ui/FormActions.tsx';
import type { Coordination } from './meeting-permissions.ts';

type MeetingFormProps = {
  /** The form's accessible name, where no heading names it. */
  label?: string;
  /**
   * The last success, kept in a live region that is always in the page (it must exist before it
   * speaks). Left out by a form that closes on success: its parent tells.
   */
  notice?: string;
  /** "A pauta não foi proposta": the title of the problem. */
  errorTitle: string;
  message: string | null;
  isPending: boolean;
  submitLabel: string;
  pendingLabel: string;
  onSubmit: () => void;
  onCancel?: () => void;
  children: ReactNode;
};

/** The frame of the meeting page's forms: notice, fields, problem, buttons. */
export function MeetingForm({
  label,
  notice,
  errorTitle,
  message,
  isPending,
  submitLabel,
  pendingLabel,
  onSubmit,
  onCancel,
  children,
}: MeetingFormProps) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form className="admin-form meeting-form" onSubmit={submit} noValidate aria-label={label}>
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

/** The coordenadorias as a select's options: "COAP — Coordenadoria de …". */
export function CoordinationOptions({ coordinations }: { coordinations: readonly Coordination[] }) {
  return coordinations.map((coordination) => (
    <option key={coordination.code} value={coordination.code}>
      {coordination.code} — {coordination.name}
    </option>
  ));
}
