import { Card } from '../components/ui/Card.tsx';
import { ErrorMessage } from '../components/ui/ErrorMessage.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { useAccount, useSetReminders } from '../features/account/use-account.ts';
import { useCurrentUser } from '../features/auth/use-current-user.ts';
import { PageError } from '../layout/PageError.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { errorMessage } from '../lib/errors.ts';

/** `/conta`: what each person decides for themselves — today, whether they get the e-mail reminders. */
export function AccountPage() {
  usePageTitle('Minha conta');
  const user = useCurrentUser();
  const account = useAccount();
  const setReminders = useSetReminders();
  if (account.isError) return <PageError error={account.error} what="a sua conta" isWholePage />;
  if (account.isPending) return <Loading what="a sua conta" />;
  const { email, receivesReminders } = account.data;
  return (
    <>
      <div className="page-heading">
        <h1>Minha conta</h1>
        {user.data && (
          <p className="page-heading__lead">
            {user.data.displayName} · usuário {user.data.username}
          </p>
        )}
      </div>
      <Card title="Lembretes por e-mail">
        <p>
          {email ? (
            <>
              Os lembretes vão para <strong>{email}</strong>: as suas pendências alguns dias antes da reunião
              de condução e na véspera, e as deliberações vencidas depois dela.
            </>
          ) : (
            'Você não tem e-mail cadastrado: peça ao administrador do painel para cadastrá-lo se quiser receber os lembretes.'
          )}
        </p>
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={receivesReminders}
            disabled={setReminders.isPending}
            onChange={(event) => setReminders.mutate({ receivesReminders: event.target.checked })}
          />
          Receber lembretes por e-mail
        </label>
        {setReminders.isError && (
          <ErrorMessage title="A escolha não foi salva" message={errorMessage(setReminders.error)} />
        )}
      </Card>
    </>
  );
}
