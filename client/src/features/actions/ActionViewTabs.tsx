import { Link, useSearchParams } from 'react-router';
import { ACTION_VIEW_LABELS, ACTION_VIEWS, type ActionPlanView, actionViewSearch } from './action-search.ts';

/** The views of the plan; the chosen one is in the URL (`?visao=`), so it can be shared. */
export function ActionViewTabs({ view }: { view: ActionPlanView }) {
  const [searchParams] = useSearchParams();
  return (
    <nav className="view-tabs" aria-label="Visões do plano de ação">
      <ul>
        {ACTION_VIEWS.map((candidate) => (
          <li key={candidate}>
            <Link
              to={{ pathname: '/acoes', search: actionViewSearch(searchParams, candidate) }}
              aria-current={candidate === view ? 'page' : undefined}
              className={candidate === view ? 'view-tabs__tab view-tabs__tab--current' : 'view-tabs__tab'}
            >
              {ACTION_VIEW_LABELS[candidate]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
