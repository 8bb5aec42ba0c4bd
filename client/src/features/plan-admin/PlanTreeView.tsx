import { type ReactNode, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { formatDateMt } from '../../../../shared/format.ts';
import { Tag } from '../../components/ui/Tag.tsx';
import { actionPath } from '../actions/action-search.ts';
import type { NodeKind } from './codes.ts';
import { datesSpan } from './dates.ts';
import { type EditorTarget, NodeEditor, type NodeTarget, parentOf } from './NodeEditor.tsx';
import type {
  ObjectiveNode,
  OperationalNode,
  PlanTree,
  Retirement,
  StrategicNode,
  UsedCodes,
} from './plan-tree.ts';
import { retirementOf, usedCodes } from './plan-tree.ts';
import { RetireConfirm, ReturnButton } from './RetireConfirm.tsx';
import { nodeName, retiredOnText } from './retire-text.ts';

/** The one form open in the tree: editing or retiring a node, or adding a child under a parent. */
export type Panel =
  | { action: 'edit' | 'retire'; kind: NodeKind; code: string }
  | { action: 'add'; kind: NodeKind; parentCode: string | null };

export type NodeRef = { kind: NodeKind; code: string };

type TreeContext = {
  showRetired: boolean;
  panel: Panel | null;
  setPanel: (panel: Panel | null) => void;
  /** The node just saved: brought into view and focused, so the admin sees the result. */
  highlight: NodeRef | null;
  onDone: (notice: string, node: NodeRef | null) => void;
  codes: UsedCodes;
  perspectives: string[];
};

const isOpen = (panel: Panel | null, action: 'edit' | 'retire', kind: NodeKind, code: string) =>
  panel?.action === action && panel.kind === kind && panel.code === code;

const isAdding = (panel: Panel | null, kind: NodeKind, parentCode: string | null) =>
  panel?.action === 'add' && panel.kind === kind && panel.parentCode === parentCode;

/** The editor of `target`, in the panel where it was opened; saving or cancelling closes the panel. */
function editorFor(target: EditorTarget, context: TreeContext) {
  return (
    <NodeEditor
      target={target}
      codes={context.codes}
      perspectives={context.perspectives}
      onSaved={context.onDone}
      onCancel={() => context.setPanel(null)}
    />
  );
}

/** Greyed, striped branch: the node is out of the plan (retired itself or under a retired node). */
const branchClass = (base: string, retirement: Retirement) =>
  retirement.isRetired ? `${base} is-retired` : base;

/** All children with "Mostrar retiradas"; otherwise only those in the plan (none under a retired parent). */
const visibleChildren = <T extends { retiredAt: string | null }>(
  children: readonly T[],
  parent: Retirement,
  showRetired: boolean,
) => children.filter((child) => showRetired || (!parent.isRetired && child.retiredAt === null));

type PlanTreeViewProps = Omit<TreeContext, 'codes' | 'perspectives'> & { tree: PlanTree };

/** Objective → strategic action → operational action, each with its own buttons and inline forms. */
export function PlanTreeView({ tree, ...rest }: PlanTreeViewProps) {
  const context: TreeContext = {
    ...rest,
    codes: usedCodes(tree),
    perspectives: [...new Set(tree.objectives.map((objective) => objective.perspective))],
  };
  const objectives = visibleChildren(tree.objectives, { isRetired: false }, rest.showRetired);
  return (
    <>
      {isAdding(context.panel, 'objective', null) && (
        <div className="plan-panel">{editorFor({ kind: 'objective', node: null }, context)}</div>
      )}
      {objectives.length === 0 ? (
        <p className="note">Nenhum objetivo no plano.</p>
      ) : (
        <div className="plan-tree">
          {objectives.map((objective) => (
            <ObjectiveBranch key={objective.code} objective={objective} context={context} />
          ))}
        </div>
      )}
    </>
  );
}

function ObjectiveBranch({ objective, context }: { objective: ObjectiveNode; context: TreeContext }) {
  const target: NodeTarget = { kind: 'objective', node: objective };
  const retirement = retirementOf(objective, null, parentOf(target));
  const strategicActions = visibleChildren(objective.strategicActions, retirement, context.showRetired);
  return (
    <section className={branchClass('plan-objective', retirement)} aria-label={`Objetivo ${objective.code}`}>
      <NodeRow
        target={target}
        retirement={retirement}
        parentRetired={false}
        context={context}
        className="plan-node--objective"
      >
        <p className="plan-node__eyebrow">{objective.perspective}</p>
        <h3 className="plan-node__title">
          <span className="plan-node__code">Objetivo {objective.code}</span> {objective.name}
        </h3>
      </NodeRow>
      {strategicActions.length > 0 && (
        <ol className="plan-children" aria-label={`Ações estratégicas do objetivo ${objective.code}`}>
          {strategicActions.map((action) => (
            <StrategicBranch
              key={action.code}
              objective={objective}
              objectiveRetirement={retirement}
              action={action}
              context={context}
            />
          ))}
        </ol>
      )}
      {!retirement.isRetired && (
        <AddChild
          target={{ kind: 'strategic', parentCode: objective.code, node: null }}
          label="Adicionar ação estratégica"
          ariaLabel={`Adicionar ação estratégica ao objetivo ${objective.code}`}
          context={context}
        />
      )}
    </section>
  );
}

function StrategicBranch({
  objective,
  objectiveRetirement,
  action,
  context,
}: {
  objective: ObjectiveNode;
  objectiveRetirement: Retirement;
  action: StrategicNode;
  context: TreeContext;
}) {
  const target: NodeTarget = { kind: 'strategic', parentCode: objective.code, node: action };
  const retirement = retirementOf(action, objectiveRetirement, parentOf(target));
  const actions = visibleChildren(action.actions, retirement, context.showRetired);
  return (
    <li className={branchClass('plan-strategic', retirement)}>
      <NodeRow
        target={target}
        retirement={retirement}
        parentRetired={objectiveRetirement.isRetired}
        context={context}
        className="plan-node--strategic"
      >
        <p className="plan-node__title">
          <span className="plan-node__code">{action.code}</span> {action.text}
        </p>
        <NodeFacts responsibleText={action.responsibleText} deadline={action} />
      </NodeRow>
      {actions.length > 0 && (
        <ol
          className="plan-children plan-children--operational"
          aria-label={`Ações operacionais da ação estratégica ${action.code}`}
        >
          {actions.map((operational) => (
            <OperationalLeaf
              key={operational.code}
              strategic={action}
              strategicRetirement={retirement}
              action={operational}
              context={context}
            />
          ))}
        </ol>
      )}
      {!retirement.isRetired && (
        <AddChild
          target={{ kind: 'operational', parentCode: action.code, node: null }}
          label="Adicionar ação operacional"
          ariaLabel={`Adicionar ação operacional à ação estratégica ${action.code}`}
          context={context}
        />
      )}
    </li>
  );
}

function OperationalLeaf({
  strategic,
  strategicRetirement,
  action,
  context,
}: {
  strategic: StrategicNode;
  strategicRetirement: Retirement;
  action: OperationalNode;
  context: TreeContext;
}) {
  const target: NodeTarget = { kind: 'operational', parentCode: strategic.code, node: action };
  const retirement = retirementOf(action, strategicRetirement, parentOf(target));
  return (
    <li className={branchClass('plan-operational', retirement)}>
      <NodeRow
        target={target}
        retirement={retirement}
        parentRetired={strategicRetirement.isRetired}
        context={context}
        className="plan-node--operational"
      >
        <p className="plan-node__title">
          <Link className="plan-node__code" to={actionPath(action.code)}>
            {action.code}
          </Link>{' '}
          {action.text}
        </p>
        <NodeFacts
          responsibleText={action.responsibleText}
          coordinationCodes={action.coordinationCodes}
          deadline={action}
          isSetByPerson={action.datesSetBy !== null}
        />
      </NodeRow>
    </li>
  );
}

type NodeRowProps = {
  /** The node shown; its editor opens just below the row. */
  target: NodeTarget;
  retirement: Retirement;
  /** Under a retired node: nothing can be done here until the parent comes back. */
  parentRetired: boolean;
  context: TreeContext;
  className: string;
  children: ReactNode;
};

/**
 * One node: what it says, whether it is out of the plan, and its buttons (or the retire question);
 * below it, its editor while open.
 */
function NodeRow({ target, retirement, parentRetired, context, className, children }: NodeRowProps) {
  const { panel, setPanel, onDone, highlight, showRetired } = context;
  const row = useRef<HTMLDivElement>(null);
  const node: NodeRef = { kind: target.kind, code: target.node.code };
  const version = target.node.version;
  const isHighlighted = highlight?.kind === node.kind && highlight.code === node.code;
  useEffect(() => {
    if (!isHighlighted) return;
    row.current?.scrollIntoView({ block: 'nearest' });
    row.current?.focus({ preventScroll: true });
  }, [isHighlighted]);
  const isEditing = isOpen(panel, 'edit', node.kind, node.code);
  const isRetiring = isOpen(panel, 'retire', node.kind, node.code);
  const name = nodeName(node.kind, node.code);
  const toggle = (action: 'edit' | 'retire') =>
    setPanel(isOpen(panel, action, node.kind, node.code) ? null : { action, ...node });

  return (
    <>
      <div
        ref={row}
        tabIndex={-1}
        className={`plan-node ${className}${isHighlighted ? ' plan-node--saved' : ''}`}
      >
        <div className="plan-node__body">
          {children}
          {retirement.isRetired && (
            <p className="plan-node__retired">
              {retirement.retiredWith === null ? (
                <Tag>{retiredOnText(node.kind, formatDateMt(retirement.retiredAt))}</Tag>
              ) : (
                <Tag>
                  Fora do plano junto com {nodeName(retirement.retiredWith.kind, retirement.retiredWith.code)}
                </Tag>
              )}
            </p>
          )}
          {isRetiring && (
            <RetireConfirm
              kind={node.kind}
              code={node.code}
              version={version}
              // Shown greyed, the node keeps the focus; hidden, the focus goes to its parent.
              onDone={(notice) => onDone(notice, showRetired ? node : parentOf(target))}
              onCancel={() => setPanel(null)}
            />
          )}
        </div>
        <div className="row-actions plan-node__actions">
          {!retirement.isRetired ? (
            <>
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={`Editar ${name}`}
                aria-expanded={isEditing}
                onClick={() => toggle('edit')}
              >
                Editar
              </button>
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={`Retirar ${name} do plano`}
                aria-expanded={isRetiring}
                onClick={() => toggle('retire')}
              >
                Retirar do plano
              </button>
            </>
          ) : retirement.retiredWith === null && !parentRetired ? (
            <ReturnButton
              kind={node.kind}
              code={node.code}
              version={version}
              onDone={(notice) => onDone(notice, node)}
            />
          ) : null}
        </div>
      </div>
      {isEditing && <div className="plan-panel">{editorFor(target, context)}</div>}
    </>
  );
}

type NodeFactsProps = {
  responsibleText: string;
  coordinationCodes?: readonly string[];
  deadline: { deadlineText: string; startsOn: string | null; endsOn: string | null };
  isSetByPerson?: boolean;
};

function NodeFacts({ responsibleText, coordinationCodes, deadline, isSetByPerson = false }: NodeFactsProps) {
  const span = datesSpan(deadline);
  return (
    <dl className="plan-node__facts">
      {coordinationCodes && coordinationCodes.length > 0 && (
        <div>
          <dt>Coordenadorias</dt>
          <dd className="plan-node__tags">
            {coordinationCodes.map((code) => (
              <Tag key={code} tone="info">
                {code}
              </Tag>
            ))}
          </dd>
        </div>
      )}
      <div>
        <dt>Responsável</dt>
        <dd>{responsibleText}</dd>
      </div>
      <div>
        <dt>Prazo</dt>
        <dd>
          {deadline.deadlineText}{' '}
          {span ? (
            <span className="plan-node__dates">
              ({span}
              {isSetByPerson ? ', definidas por uma pessoa' : ''})
            </span>
          ) : (
            <Tag tone="warning" title="Defina as datas na revisão de prazos">
              sem datas
            </Tag>
          )}
        </dd>
      </div>
    </dl>
  );
}

type AddChildProps = {
  /** The child to create: its level and its parent. */
  target: EditorTarget & { kind: 'strategic' | 'operational'; node: null };
  label: string;
  ariaLabel: string;
  context: TreeContext;
};

/** "+ Adicionar …" under a parent, replaced by the editor of the new child while adding. */
function AddChild({ target, label, ariaLabel, context }: AddChildProps) {
  const { panel, setPanel } = context;
  const { kind, parentCode } = target;
  if (isAdding(panel, kind, parentCode))
    return <div className="plan-panel plan-panel--add">{editorFor(target, context)}</div>;
  return (
    <div className={`plan-add plan-add--${kind}`}>
      <button
        type="button"
        className="button button--secondary button--small"
        aria-label={ariaLabel}
        onClick={() => setPanel({ action: 'add', kind, parentCode })}
      >
        + {label}
      </button>
    </div>
  );
}
