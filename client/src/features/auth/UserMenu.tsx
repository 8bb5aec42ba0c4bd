import { Link } from 'react-router';
import { ROLE_LABELS } from '../../../../shared/domain/permissions.ts';
import { logOut } from './session-api.ts';
import { useCurrentUser } from './use-current-user.ts';

/** Who is signed in, with what role, and the way out. */
export function UserMenu() {
  const user = useCurrentUser();
  if (!user.data) return null;
  async function leave() {
    await logOut();
    window.location.assign('/login');
  }
  return (
    <div className="user-menu">
      <Link to="/conta" className="user-menu__name" title="Minha conta: lembretes por e-mail">
        {user.data.displayName}
        <span className="user-menu__role">{ROLE_LABELS[user.data.role]}</span>
      </Link>
      <button type="button" className="button button--secondary" onClick={leave}>
        Sair
      </button>
    </div>
  );
}
