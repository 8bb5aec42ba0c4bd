import { type FormEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { FormActions } from '../../components/ui/FormActions.tsx';

type EditorFormProps = {
  title: string;
  /** Creating a node rather than editing one: the button and the error title say which. */
  isNew: boolean;
  /** "O objetivo não foi criado", "A ação estratégica não foi criada". */
  notCreatedTitle: string;
  /** "Criar objetivo", "Criar ação operacional". */
  createLabel: string;
  /** The problems found before sending, or the failed save's Portuguese sentence; nothing typed is lost. */
  message: string | null;
  /** The save was refused because someone saved first. */
  isConflict: boolean;
  isPending: boolean;
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
  isNew,
  notCreatedTitle,
  createLabel,
  message,
  isConflict,
  isPending,
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
          <ErrorMessage title={isNew ? notCreatedTitle : 'As alterações não foram salvas'} message={message}>
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
      <FormActions
        submitLabel={isNew ? createLabel : 'Salvar alterações'}
        pendingLabel="Salvando…"
        isPending={isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
