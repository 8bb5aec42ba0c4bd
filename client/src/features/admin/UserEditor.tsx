import { type FormEvent, useId, useState } from 'react';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { controlProps, FormField, hintId } from '../../components/ui/FormField.tsx';
import { errorCode, errorMessage } from '../../lib/errors.ts';
import { EmailField } from './EmailField.tsx';
import { RoleSelect } from './RoleSelect.tsx';
import { ScopeFields } from './ScopeFields.tsx';
import { focusFirstProblem, useFieldProblems } from './use-field-problems.ts';
import { useOpenPanel } from './use-open-panel.ts';
import { type AdminUser, useUpdateUser } from './use-users.ts';
import { type UserChangeDraft, userChangeDraft, userChangeInput } from './user-draft.ts';

type UserEditorProps = {
  /** The user as the list shows it now (it is reloaded after a refused save). */
  user: AdminUser;
  /** The signed-in admin editing themself: the server refuses a self-demotion or deactivation. */
  isSelf: boolean;
  onSaved: (notice: string) => void;
  onClose: () => void;
};

/**
 * Saves against the version the form was opened with: if someone saved in between, the server says
 * so and nothing typed is lost until the admin chooses to load the current version.
 */
export function UserEditor({ user, isSelf, onSaved, onClose }: UserEditorProps) {
  const id = useId();
  const { panel, firstField } = useOpenPanel();
  const [draft, setDraft] = useState<UserChangeDraft>(() => userChangeDraft(user));
  const [version, setVersion] = useState(user.version);
  const { problem, errorOf, setProblems } = useFieldProblems();
  const updateUser = useUpdateUser();
  const controlIds = { displayName: `${id}-nome`, email: `${id}-email`, scope: `${id}-escopo` };
  const change = (changes: Partial<UserChangeDraft>) => setDraft((current) => ({ ...current, ...changes }));
  const message = problem ?? (updateUser.isError ? errorMessage(updateUser.error) : null);
  const isConflict = errorCode(updateUser.error) === 'CONFLICT';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = userChangeInput({ id: user.id, version }, draft);
    if (!result.isValid) {
      updateUser.reset();
      setProblems(result.problems);
      focusFirstProblem(result.problems, controlIds);
      return;
    }
    setProblems([]);
    updateUser.mutate(result.input, {
      onSuccess: (saved) => onSaved(`Alterações do usuário ${saved.username} salvas.`),
    });
  }

  function loadCurrentVersion() {
    setDraft(userChangeDraft(user));
    setVersion(user.version);
    setProblems([]);
    updateUser.reset();
  }

  return (
    <form
      ref={panel}
      className="admin-form user-panel"
      noValidate
      onSubmit={submit}
      aria-labelledby={`${id}-titulo`}
      aria-describedby={message ? `${id}-erro` : undefined}
    >
      <h3 id={`${id}-titulo`} className="user-panel__title">
        Editar o usuário {user.username}
      </h3>
      <div className="admin-form__fields">
        <FormField id={controlIds.displayName} label="Nome completo" error={errorOf('displayName')}>
          <input
            ref={firstField}
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
        <FormField
          id={`${id}-papel`}
          label="Papel"
          hint={isSelf ? 'Você não pode mudar o papel do seu próprio usuário.' : undefined}
        >
          <RoleSelect
            id={`${id}-papel`}
            value={draft.role}
            onChange={(role) => change({ role })}
            isDisabled={isSelf}
            describedBy={isSelf ? hintId(`${id}-papel`) : undefined}
          />
        </FormField>
        <div className="form-field">
          <span className="form-field__label">Situação</span>
          <label className="checkbox-field">
            <input
              type="checkbox"
              checked={draft.isActive}
              disabled={isSelf}
              onChange={(event) => change({ isActive: event.target.checked })}
              aria-describedby={hintId(`${id}-ativo`)}
            />
            Ativo (pode entrar no painel)
          </label>
          <p id={hintId(`${id}-ativo`)} className="form-field__hint">
            {isSelf
              ? 'Você não pode desativar o seu próprio usuário.'
              : 'Desativar ou mudar o papel encerra as sessões abertas da pessoa.'}
          </p>
        </div>
      </div>
      <ScopeFields id={controlIds.scope} draft={draft} onChange={change} error={errorOf('scope')} />
      {message && (
        <div id={`${id}-erro`}>
          <ErrorMessage title="As alterações não foram salvas" message={message}>
            {isConflict && (
              <p>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={loadCurrentVersion}
                  disabled={user.version === version}
                >
                  Descartar o que digitei e carregar a versão atual
                </button>
              </p>
            )}
          </ErrorMessage>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={updateUser.isPending}>
          {updateUser.isPending ? 'Salvando…' : 'Salvar alterações'}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          Cancelar
        </button>
      </div>
    </form>
  );
}
