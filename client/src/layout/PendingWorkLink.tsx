import { NavLink } from 'react-router';
import { owedCount, usePendingWork } from '../features/pending-work/use-pending-work.ts';

/** "Pendências" with the number of items owed before the next meeting (none shown while loading or at zero). */
export function PendingWorkLink() {
  const work = usePendingWork();
  const count = work.data ? owedCount(work.data) : 0;
  return (
    <NavLink to="/pendencias" aria-label={count > 0 ? `Pendências: ${count}` : 'Pendências'}>
      Pendências
      {count > 0 && (
        <span className="nav-count" aria-hidden="true">
          {count}
        </span>
      )}
    </NavLink>
  );
}
