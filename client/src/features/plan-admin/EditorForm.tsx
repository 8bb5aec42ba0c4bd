import { type FormEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { errorCode, errorMessage } from '../../lib/errors.ts';

type EditorFormProps = {
  title: string;
  /** "As alterações não foram salvas", "A ação não foi criada". */
  errorTitle: string;
  /** Problems found before sending (same sentences as the server's). */
  problems: readonly string[] | null;
  /** The failed save, if any: its Portuguese sentence is shown and nothing typed is lost. */
  error: unknown;
  isPending: boolean;
  submitLabel: string;
  /** Editing only: after a conflict, replace what was typed with the version saved meanwhile. */
  onLoadCurrent?: (() => void) | undefined;
  /** The tree already shows a newer version than the one the form was opened with. */
  hasNewerVersion?: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
};

/**
 * The inline editor of a node of the plan: opened just below the node, brought into view with its
 * first field focused; refused saves keep every typed value.
 */
export function EditorForm({
  title,
  errorTitle,
  problems,
  error,
  isPending,
  submitLabel,
  onLoadCurrent,
  hasNewerVersion = false,
  onSubmit,
  onCancel,
  children,
}: EditorFormProps) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.scrollIntoView({ block: 'nearest' });
    form.current
      ?.querySelector<HTMLElement>('input:not([disabled]), textarea')
      ?.focus({ preventScroll: true });
  }, []);
  const message = problems && problems.length > 0 ? problems.join(' ') : error ? errorMessage(error) : null;
  const isConflict = !problems?.length && errorCode(error) === 'CONFLICT';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form
      ref={form}
      className="admin-form plan-editor"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-titulo`}
      aria-describedby={message ? `${id}-erro` : undefined}
    >
      <h3 id={`${id}-titulo`} className="plan-editor__title">
        {title}
      </h3>
      {children}
      {message && (
        <div id={`${id}-erro`}>
          <ErrorMessage title={errorTitle} message={message}>
            {isConflict && onLoadCurrent && (
              <p>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={onLoadCurrent}
                  disabled={!hasNewerVersion}
                >
                  Descartar o que digitei e carregar a versão atual
                </button>
              </p>
            )}
          </ErrorMessage>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? 'Salvando…' : submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancelar
        </button>
      </div>
    </form>
  );
}
