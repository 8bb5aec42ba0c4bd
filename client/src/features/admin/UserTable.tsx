import { Fragment, useState } from 'react';
import { ROLE_LABELS } from '../../../../shared/domain/permissions.ts';
import { formatDateTimeMt } from '../../../../shared/format.ts';
import { Table } from '../../components/ui/Table.tsx';
import { Tag } from '../../components/ui/Tag.tsx';
import { useTerritoryTree } from '../territories/use-territories.ts';
import { PasswordResetForm } from './PasswordResetForm.tsx';
import { UserEditor } from './UserEditor.tsx';
import type { AdminUser } from './use-users.ts';
import { describeScope } from './user-scope.ts';

type Panel = { userId: number; kind: 'edit' | 'password' };

type UserTableProps = {
  users: readonly AdminUser[];
  currentUserId: number | null;
  onNotice: (notice: string) => void;
};

const COLUMNS = 7;

/** Each row opens its own editor or password form just below it; one at a time. */
export function UserTable({ users, currentUserId, onNotice }: UserTableProps) {
  const tree = useTerritoryTree();
  const [panel, setPanel] = useState<Panel | null>(null);
  const close = () => setPanel(null);
  const finish = (notice: string) => {
    setPanel(null);
    onNotice(notice);
  };
  const toggle = (userId: number, kind: Panel['kind']) =>
    setPanel((current) => (current?.userId === userId && current.kind === kind ? null : { userId, kind }));

  return (
    <Table caption="Usuários cadastrados" isCaptionHidden className="user-table">
      <thead>
        <tr>
          <th scope="col">Usuário</th>
          <th scope="col">Nome</th>
          <th scope="col">Papel</th>
          <th scope="col">Escopo</th>
          <th scope="col">Situação</th>
          <th scope="col">Atualizado em</th>
          <th scope="col">Ações</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => {
          const openKind = panel?.userId === user.id ? panel.kind : null;
          return (
            <Fragment key={user.id}>
              <tr className="user-row">
                <th scope="row">{user.username}</th>
                <td>{user.displayName}</td>
                <td>{ROLE_LABELS[user.role]}</td>
                <td>{describeScope(user, tree.data ?? [])}</td>
                <td>{user.isActive ? <Tag tone="info">Ativo</Tag> : <Tag tone="neutral">Desativado</Tag>}</td>
                <td className="nowrap">{formatDateTimeMt(user.updatedAt)}</td>
                <td>
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={`Editar ${user.username}`}
                      aria-expanded={openKind === 'edit'}
                      onClick={() => toggle(user.id, 'edit')}
                    >
                      Editar
                    </button>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={`Redefinir senha de ${user.username}`}
                      aria-expanded={openKind === 'password'}
                      onClick={() => toggle(user.id, 'password')}
                    >
                      Redefinir senha
                    </button>
                  </div>
                </td>
              </tr>
              {openKind && (
                <tr className="user-panel-row">
                  <td colSpan={COLUMNS}>
                    {openKind === 'edit' ? (
                      <UserEditor
                        user={user}
                        isSelf={user.id === currentUserId}
                        onSaved={finish}
                        onClose={close}
                      />
                    ) : (
                      <PasswordResetForm user={user} onDone={finish} onClose={close} />
                    )}
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </Table>
  );
}
