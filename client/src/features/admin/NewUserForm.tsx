import { type FormEvent, useId, useState } from 'react';
import { MIN_PASSWORD_LENGTH } from '../../../../shared/domain/password-policy.ts';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { FormField, hintId } from './FormField.tsx';
import { RoleSelect } from './RoleSelect.tsx';
import { ScopeFields } from './ScopeFields.tsx';
import { type AdminUser, useCreateUser } from './use-users.ts';
import { EMPTY_NEW_USER, type NewUserDraft, newUserInput } from './user-draft.ts';

type NewUserFormProps = { onCreated: (user: AdminUser) => void; onCancel: () => void };

/** What was typed stays on screen when the server refuses it, next to the server's reason. */
export function NewUserForm({ onCreated, onCancel }: NewUserFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<NewUserDraft>(EMPTY_NEW_USER);
  const [problem, setProblem] = useState<string | null>(null);
  const createUser = useCreateUser();
  const change = (changes: Partial<NewUserDraft>) => setDraft((current) => ({ ...current, ...changes }));
  const message = problem ?? (createUser.isError ? errorMessage(createUser.error) : null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = newUserInput(draft);
    if (!result.isValid) {
      createUser.reset();
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    createUser.mutate(result.input, {
      onSuccess: (user) => {
        setDraft(EMPTY_NEW_USER);
        onCreated(user);
      },
    });
  }

  return (
    <form
      className="admin-form"
      noValidate
      onSubmit={submit}
      aria-describedby={message ? `${id}-erro` : undefined}
    >
      <div className="admin-form__fields">
        <FormField
          id={`${id}-usuario`}
          label="Usuário"
          hint="De 3 a 40 letras sem acento, números, ponto, hífen ou sublinhado. É o que a pessoa digita para entrar."
        >
          <input
            id={`${id}-usuario`}
            type="text"
            value={draft.username}
            onChange={(event) => change({ username: event.target.value })}
            aria-describedby={hintId(`${id}-usuario`)}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
          />
        </FormField>
        <FormField id={`${id}-nome`} label="Nome completo">
          <input
            id={`${id}-nome`}
            type="text"
            value={draft.displayName}
            onChange={(event) => change({ displayName: event.target.value })}
            autoComplete="off"
            required
          />
        </FormField>
        <FormField id={`${id}-papel`} label="Papel">
          <RoleSelect id={`${id}-papel`} value={draft.role} onChange={(role) => change({ role })} />
        </FormField>
        <FormField
          id={`${id}-senha`}
          label="Senha inicial"
          hint={`Ao menos ${MIN_PASSWORD_LENGTH} caracteres, sem o nome de usuário. Entregue-a à pessoa por um canal seguro.`}
        >
          <input
            id={`${id}-senha`}
            type="password"
            value={draft.password}
            onChange={(event) => change({ password: event.target.value })}
            aria-describedby={hintId(`${id}-senha`)}
            autoComplete="new-password"
            required
          />
        </FormField>
      </div>
      <ScopeFields idPrefix={id} draft={draft} onChange={change} />
      {message && (
        <div id={`${id}-erro`}>
          <ErrorMessage title="O usuário não foi criado" message={message} />
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={createUser.isPending}>
          {createUser.isPending ? 'Criando…' : 'Criar usuário'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancelar
        </button>
      </div>
    </form>
  );
}
