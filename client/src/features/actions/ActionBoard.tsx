import { Link } from 'react-router';
import { ActionFlags, CoordinationTags } from './ActionFlags.tsx';
import { ActionStatusBadge } from './ActionStatusBadge.tsx';
import { actionCountLabel, shortText } from './action-labels.ts';
import { actionPath } from './action-search.ts';
import { groupByStatus } from './board.ts';
import type { ActionView } from './use-action-plan.ts';

/**
 * The kanban: one column per current status. Cards do not move by dragging — an action changes
 * status only through its monthly record, on the action's page.
 */
export function ActionBoard({
  rows,
  names,
}: {
  rows: readonly ActionView[];
  names: ReadonlyMap<string, string>;
}) {
  const columns = groupByStatus(rows);
  return (
    <div className="action-board">
      {columns.map((column) => {
        const titleId = `quadro-${column.status}`;
        return (
          <section
            key={column.status}
            className={`board-column board-column--${column.status}`}
            aria-labelledby={titleId}
          >
            <h2 id={titleId} className="board-column__title">
              <ActionStatusBadge status={column.status} />
              <span className="board-column__count">{actionCountLabel(column.actions.length)}</span>
            </h2>
            {column.actions.length === 0 ? (
              <p className="note board-column__empty">Nenhuma ação nesta situação.</p>
            ) : (
              <ul className="board-column__cards">
                {column.actions.map((action) => (
                  <li
                    key={action.code}
                    className={action.overdue ? 'board-card board-card--overdue' : 'board-card'}
                  >
                    <Link to={actionPath(action.code)} className="board-card__link">
                      <span className="action-code">{action.code}</span> {shortText(action.text)}
                    </Link>
                    <CoordinationTags codes={action.coordinationCodes} names={names} max={3} />
                    <ActionFlags action={action} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
