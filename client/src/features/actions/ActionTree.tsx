import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { ActionFlags, CoordinationTags } from './ActionFlags.tsx';
import { ActionStatusBadge } from './ActionStatusBadge.tsx';
import { actionPath, objectiveListPath, strategicAnchor } from './action-search.ts';
import { PERCENT_RULE, RollupLine } from './RollupSummary.tsx';
import type { ActionStrategic, ActionTree as ActionTreeData, ActionView } from './use-action-plan.ts';

function OperationalItem({ action, names }: { action: ActionView; names: ReadonlyMap<string, string> }) {
  return (
    <li className="action-item">
      <div className="action-item__main">
        <Link to={actionPath(action.code)} className="action-item__link">
          <span className="action-code">{action.code}</span> {action.text}
        </Link>
        <span className="action-item__meta">
          <CoordinationTags codes={action.coordinationCodes} names={names} max={4} />
          <span className="action-item__deadline">Prazo: {action.deadlineText}</span>
        </span>
      </div>
      <div className="action-item__state">
        <ActionStatusBadge status={action.status} />
        <ActionFlags action={action} />
      </div>
    </li>
  );
}

function StrategicItem({
  strategic,
  isOpen,
  onToggle,
  names,
}: {
  strategic: ActionStrategic;
  isOpen: boolean;
  onToggle: (open: boolean) => void;
  names: ReadonlyMap<string, string>;
}) {
  return (
    <li>
      <details
        id={strategicAnchor(strategic.code)}
        className="strategic-action"
        open={isOpen}
        onToggle={(event) => onToggle(event.currentTarget.open)}
      >
        <summary>
          <span className="strategic-action__title">
            <span className="action-code">{strategic.code}</span> {strategic.text}
          </span>
          <RollupLine rollup={strategic.rollup} isInline />
        </summary>
        <div className="strategic-action__body">
          <p className="note">
            Responsável: {strategic.responsibleText} · Prazo: {strategic.deadlineText}
          </p>
          {strategic.actions.length === 0 ? (
            <p className="note">Esta ação estratégica não tem ações operacionais no plano.</p>
          ) : (
            <ul className="action-items">
              {strategic.actions.map((action) => (
                <OperationalItem key={action.code} action={action} names={names} />
              ))}
            </ul>
          )}
        </div>
      </details>
    </li>
  );
}

/** Objective → strategic action → operational action, each level with its roll-up. */
export function ActionTree({ tree, names }: { tree: ActionTreeData; names: ReadonlyMap<string, string> }) {
  const { hash } = useLocation();
  const allCodes = tree.objectives.flatMap((objective) =>
    objective.strategicActions.map((strategic) => strategic.code),
  );
  // The breadcrumb of an action page links to `#ea-1.1`: that strategic action opens and scrolls into
  // view. Opened after the first render: the server, which renders the first page, never sees the hash.
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => {
    if (!hash.startsWith('#ea-')) return;
    const wanted = decodeURIComponent(hash.replace(/^#ea-/, ''));
    setOpen((current) => (current.has(wanted) ? current : new Set(current).add(wanted)));
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: 'start' });
  }, [hash]);

  function toggle(code: string, isOpen: boolean) {
    setOpen((current) => {
      if (current.has(code) === isOpen) return current;
      const next = new Set(current);
      if (isOpen) next.add(code);
      else next.delete(code);
      return next;
    });
  }

  return (
    <>
      <section className="card plan-summary" aria-labelledby="plan-summary-title">
        <h2 id="plan-summary-title" className="card__title">
          Plano inteiro
        </h2>
        <RollupLine rollup={tree.total} withZeros />
        <p className="note plan-summary__rule">{PERCENT_RULE}</p>
      </section>
      <div className="tree-toolbar">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setOpen(new Set(allCodes))}
        >
          Abrir todas as ações estratégicas
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setOpen(new Set())}
        >
          Fechar todas
        </button>
      </div>
      {tree.objectives.map((objective) => (
        <section
          key={objective.code}
          className="card action-objective"
          aria-labelledby={`objetivo-${objective.code}`}
        >
          <header className="action-objective__header">
            <p className="action-objective__perspective">Perspectiva: {objective.perspective}</p>
            <h2 id={`objetivo-${objective.code}`}>
              Objetivo {objective.code} · {objective.name}
            </h2>
            <RollupLine rollup={objective.rollup} />
            <p className="action-objective__links">
              <Link to={objectiveListPath(objective.code)}>
                Ver as ações do objetivo {objective.code} em lista
              </Link>
            </p>
          </header>
          <ul className="strategic-actions">
            {objective.strategicActions.map((strategic) => (
              <StrategicItem
                key={strategic.code}
                strategic={strategic}
                isOpen={open.has(strategic.code)}
                onToggle={(isOpen) => toggle(strategic.code, isOpen)}
                names={names}
              />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
