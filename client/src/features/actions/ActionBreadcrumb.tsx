import { Link } from 'react-router';
import { objectiveListPath, strategicActionPath } from './action-search.ts';

/** Plano de ação › Objetivo 1 › Ação estratégica 1.1 › Ação 1.1.4 */
export function ActionBreadcrumb({
  action,
}: {
  action: { code: string; objectiveCode: string; strategicActionCode: string };
}) {
  return (
    <nav className="breadcrumb" aria-label="Onde esta ação fica no plano">
      <ol>
        <li>
          <Link to="/acoes">Plano de ação</Link>
        </li>
        {action.objectiveCode && (
          <li>
            <Link to={objectiveListPath(action.objectiveCode)}>Objetivo {action.objectiveCode}</Link>
          </li>
        )}
        <li>
          <Link to={strategicActionPath(action.strategicActionCode)}>
            Ação estratégica {action.strategicActionCode}
          </Link>
        </li>
        <li>
          <span aria-current="page">Ação {action.code}</span>
        </li>
      </ol>
    </nav>
  );
}
