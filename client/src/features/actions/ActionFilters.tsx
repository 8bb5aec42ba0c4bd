import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { statusLabel } from './action-labels.ts';
import { type ActionFilterValues, EMPTY_ACTION_FILTER, hasActionFilter } from './action-search.ts';
import type { Coordination } from './use-action-plan.ts';

const STATUS_OPTIONS = ['none', 'not_started', 'in_progress', 'suspended', 'done', 'cancelled'] as const;
const SEARCH_DELAY_MS = 350;

type ActionFiltersProps = {
  values: ActionFilterValues;
  /** `isTyping`: the search box changed; the URL entry is replaced instead of adding one per letter. */
  onChange: (values: ActionFilterValues, isTyping?: boolean) => void;
  coordinations: readonly Coordination[];
  objectives: readonly { code: string; name: string }[];
  /** The board has its statuses as columns: only coordenadoria and objective apply there. */
  isBoard?: boolean;
};

/**
 * The filters apply as soon as they change; the search waits until the typing pauses. The form keeps
 * its own copy so a control answers at once, while the URL (and the list) follows.
 */
export function ActionFilters({
  values,
  onChange,
  coordinations,
  objectives,
  isBoard = false,
}: ActionFiltersProps) {
  const id = useId();
  const [local, setLocal] = useState(values);
  // What this form last wrote to the URL: anything else came from outside (back button, a link).
  const written = useRef(JSON.stringify(values));
  const urlKey = JSON.stringify(values);
  useEffect(() => {
    if (urlKey !== written.current) {
      written.current = urlKey;
      setLocal(JSON.parse(urlKey) as ActionFilterValues);
    }
  }, [urlKey]);

  const apply = useCallback(
    (next: ActionFilterValues, isTyping = false) => {
      const normalized = { ...next, search: next.search.trim() };
      setLocal(next);
      written.current = JSON.stringify(normalized);
      onChange(normalized, isTyping);
    },
    [onChange],
  );
  useEffect(() => {
    if (local.search.trim() === values.search) return;
    const timer = setTimeout(() => apply(local, true), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [local, values.search, apply]);

  const change = (changes: Partial<ActionFilterValues>) => apply({ ...local, ...changes });
  const shown = isBoard
    ? { ...EMPTY_ACTION_FILTER, coordination: local.coordination, objective: local.objective }
    : local;

  return (
    <form
      className="action-filters"
      aria-label={isBoard ? 'Filtros do quadro' : 'Filtros da lista de ações'}
      onSubmit={(event) => {
        event.preventDefault();
        apply(local);
      }}
    >
      <div className="action-filters__field">
        <label htmlFor={`${id}-coordenadoria`}>Coordenadoria</label>
        <select
          id={`${id}-coordenadoria`}
          value={local.coordination}
          onChange={(event) => change({ coordination: event.target.value })}
        >
          <option value="">Todas</option>
          {coordinations.map((coordination) => (
            <option key={coordination.code} value={coordination.code}>
              {coordination.code} — {coordination.name}
            </option>
          ))}
          {local.coordination !== '' && !coordinations.some((c) => c.code === local.coordination) && (
            <option value={local.coordination}>{local.coordination}</option>
          )}
        </select>
      </div>
      {!isBoard && (
        <div className="action-filters__field">
          <label htmlFor={`${id}-situacao`}>Situação</label>
          <select
            id={`${id}-situacao`}
            value={local.status}
            onChange={(event) => change({ status: event.target.value as ActionFilterValues['status'] })}
          >
            <option value="">Todas</option>
            {STATUS_OPTIONS.map((status) => (
              <option key={status} value={status}>
                {statusLabel(status)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="action-filters__field">
        <label htmlFor={`${id}-objetivo`}>Objetivo</label>
        <select
          id={`${id}-objetivo`}
          value={local.objective}
          onChange={(event) => change({ objective: event.target.value })}
        >
          <option value="">Todos</option>
          {objectives.map((objective) => (
            <option key={objective.code} value={objective.code}>
              Objetivo {objective.code}
            </option>
          ))}
          {local.objective !== '' && !objectives.some((o) => o.code === local.objective) && (
            <option value={local.objective}>Objetivo {local.objective}</option>
          )}
        </select>
      </div>
      {!isBoard && (
        <>
          <div className="action-filters__field action-filters__search">
            <label htmlFor={`${id}-busca`}>Buscar</label>
            <input
              id={`${id}-busca`}
              type="search"
              value={local.search}
              placeholder="Código, texto ou responsável"
              onChange={(event) => setLocal({ ...local, search: event.target.value })}
            />
          </div>
          <div className="action-filters__checks">
            <label className="checkbox-field">
              <input
                type="checkbox"
                checked={local.overdue}
                onChange={(event) => change({ overdue: event.target.checked })}
              />
              Somente atrasadas
            </label>
            <label className="checkbox-field">
              <input
                type="checkbox"
                checked={local.dueSoon}
                onChange={(event) => change({ dueSoon: event.target.checked })}
              />
              Vencem nos próximos 30 dias
            </label>
          </div>
        </>
      )}
      {hasActionFilter(shown) && (
        <button
          type="button"
          className="button button--secondary button--small action-filters__clear"
          onClick={() => apply(isBoard ? { ...local, coordination: '', objective: '' } : EMPTY_ACTION_FILTER)}
        >
          Limpar filtros
        </button>
      )}
    </form>
  );
}
