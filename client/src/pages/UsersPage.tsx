import { useState } from 'react';
import { Card } from '../components/ui/Card.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { AdminPageError } from '../features/admin/AdminPageError.tsx';
import { LoginHoldTable } from '../features/admin/LoginHoldTable.tsx';
import { NewUserForm } from '../features/admin/NewUserForm.tsx';
import { UserTable } from '../features/admin/UserTable.tsx';
import { useUsers } from '../features/admin/use-users.ts';
import { useCurrentUser } from '../features/auth/use-current-user.ts';
import { usePageTitle } from '../layout/use-page-title.ts';

export function UsersPage() {
  usePageTitle('Usuários');
  const users = useUsers();
  const currentUser = useCurrentUser();
  const [isCreating, setIsCreating] = useState(false);
  const [notice, setNotice] = useState('');

  return (
    <>
      <div className="page-heading">
        <p className="page-heading__eyebrow">Administração</p>
        <h1>Usuários</h1>
        <p className="page-heading__lead">
          Quem entra no painel, com que papel e o que cada um vê: coordenadorias respondem pelos indicadores
          delas; gestores regionais veem a sua macrorregião ou região de saúde.
        </p>
      </div>
      {users.isError ? (
        <AdminPageError error={users.error} what="os usuários" />
      ) : users.isPending ? (
        <Loading what="os usuários" />
      ) : (
        <>
          {isCreating && (
            <Card title="Novo usuário">
              <NewUserForm
                onCreated={(user) => {
                  setIsCreating(false);
                  setNotice(`Usuário ${user.username} criado.`);
                }}
                onCancel={() => setIsCreating(false)}
              />
            </Card>
          )}
          <Card
            title={`Usuários cadastrados (${users.data.length})`}
            actions={
              !isCreating && (
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setNotice('');
                    setIsCreating(true);
                  }}
                >
                  Novo usuário
                </button>
              )
            }
          >
            <p className="form-success" role="status">
              {notice}
            </p>
            <UserTable users={users.data} currentUserId={currentUser.data?.id ?? null} onNotice={setNotice} />
          </Card>
          <Card title="Entradas em espera">
            <LoginHoldTable />
          </Card>
        </>
      )}
    </>
  );
}
