import { type FormEvent, useId, useState } from 'react';
import { MIN_PASSWORD_LENGTH } from '../../../../shared/domain/password-policy.ts';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { controlProps, FormField } from '../../components/ui/FormField.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { EmailField } from './EmailField.tsx';
import { RoleSelect } from './RoleSelect.tsx';
import { ScopeFields } from './ScopeFields.tsx';
import { focusFirstProblem, useFieldProblems } from './use-field-problems.ts';
import { type AdminUser, useCreateUser } from './use-users.ts';
import { EMPTY_NEW_USER, type NewUserDraft, newUserInput } from './user-draft.ts';

type NewUserFormProps = { onCreated: (user: AdminUser) => void; onCancel: () => void };

/** What was typed stays on screen when the server refuses it, next to the server's reason. */
export function NewUserForm({ onCreated, onCancel }: NewUserFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<NewUserDraft>(EMPTY_NEW_USER);
  const { problem, errorOf, setProblems } = useFieldProblems();
  const createUser = useCreateUser();
  const change = (changes: Partial<NewUserDraft>) => setDraft((current) => ({ ...current, ...changes }));
  const message = problem ?? (createUser.isError ? errorMessage(createUser.error) : null);
  const controlIds = {
    username: `${id}-usuario`,
    displayName: `${id}-nome`,
    email: `${id}-email`,
    password: `${id}-senha`,
    scope: `${id}-escopo`,
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = newUserInput(draft);
    if (!result.isValid) {
      createUser.reset();
      setProblems(result.problems);
      focusFirstProblem(result.problems, controlIds);
      return;
    }
    setProblems([]);
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
          id={controlIds.username}
          label="Usuário"
          hint="De 3 a 40 letras sem acento, números, ponto, hífen ou sublinhado. É o que a pessoa digita para entrar."
          error={errorOf('username')}
        >
          <input
            {...controlProps(controlIds.username, { hint: true, error: errorOf('username') })}
            type="text"
            value={draft.username}
            onChange={(event) => change({ username: event.target.value })}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
          />
        </FormField>
        <FormField id={controlIds.displayName} label="Nome completo" error={errorOf('displayName')}>
          <input
            {...controlProps(controlIds.displayName, { error: errorOf('displayName') })}
            type="text"
            value={draft.displayName}
            onChange={(event) => change({ displayName: event.target.value })}
            autoComplete="off"
            required
          />
        </FormField>
        <EmailField
          id={controlIds.email}
          value={draft.email}
          onChange={(email) => change({ email })}
          error={errorOf('email')}
        />
        <FormField id={`${id}-papel`} label="Papel">
          <RoleSelect id={`${id}-papel`} value={draft.role} onChange={(role) => change({ role })} />
        </FormField>
        <FormField
          id={controlIds.password}
          label="Senha inicial"
          hint={`Ao menos ${MIN_PASSWORD_LENGTH} caracteres, sem o nome de usuário. Entregue-a à pessoa por um canal seguro.`}
          error={errorOf('password')}
        >
          <input
            {...controlProps(controlIds.password, { hint: true, error: errorOf('password') })}
            type="password"
            value={draft.password}
            onChange={(event) => change({ password: event.target.value })}
            autoComplete="new-password"
            required
          />
        </FormField>
      </div>
      <ScopeFields id={controlIds.scope} draft={draft} onChange={change} error={errorOf('scope')} />
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
