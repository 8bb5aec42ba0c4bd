import { type FormEvent, useId, useState } from 'react';
import { MIN_PASSWORD_LENGTH } from '../../../../shared/domain/password-policy.ts';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { FormField, hintId } from '../../components/ui/FormField.tsx';
import { errorCode, errorMessage } from '../../lib/errors.ts';
import { useOpenPanel } from './use-open-panel.ts';
import { type AdminUser, useResetPassword } from './use-users.ts';

type PasswordResetFormProps = {
  user: AdminUser;
  onDone: (notice: string) => void;
  onClose: () => void;
};

export function PasswordResetForm({ user, onDone, onClose }: PasswordResetFormProps) {
  const id = useId();
  const { panel, firstField } = useOpenPanel();
  const [password, setPassword] = useState('');
  const [version, setVersion] = useState(user.version);
  const resetPassword = useResetPassword();
  const isConflict = errorCode(resetPassword.error) === 'CONFLICT';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    resetPassword.mutate(
      { id: user.id, version, password },
      {
        onSuccess: () =>
          onDone(
            `Senha do usuário ${user.username} redefinida. As sessões abertas dessa pessoa foram encerradas.`,
          ),
      },
    );
  }

  function retryWithCurrentVersion() {
    setVersion(user.version);
    resetPassword.reset();
  }

  return (
    <form
      ref={panel}
      className="admin-form user-panel"
      // The server's Portuguese sentence, not the browser's bubble, says what is missing.
      noValidate
      onSubmit={submit}
      aria-labelledby={`${id}-titulo`}
      aria-describedby={resetPassword.isError ? `${id}-erro` : undefined}
    >
      <h3 id={`${id}-titulo`} className="user-panel__title">
        Redefinir a senha de {user.username}
      </h3>
      <div className="admin-form__fields">
        <FormField
          id={`${id}-senha`}
          label="Nova senha"
          hint={`Ao menos ${MIN_PASSWORD_LENGTH} caracteres, sem o nome de usuário. A pessoa precisará entrar de novo com ela.`}
        >
          <input
            ref={firstField}
            id={`${id}-senha`}
            type="password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-describedby={hintId(`${id}-senha`)}
            autoComplete="new-password"
            required
          />
        </FormField>
      </div>
      {resetPassword.isError && (
        <div id={`${id}-erro`}>
          <ErrorMessage title="A senha não foi redefinida" message={errorMessage(resetPassword.error)}>
            {isConflict && (
              <p>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={retryWithCurrentVersion}
                  disabled={user.version === version}
                >
                  Usar a versão atual do usuário
                </button>
              </p>
            )}
          </ErrorMessage>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={resetPassword.isPending}>
          {resetPassword.isPending ? 'Redefinindo…' : 'Redefinir senha'}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          Cancelar
        </button>
      </div>
    </form>
  );
}
