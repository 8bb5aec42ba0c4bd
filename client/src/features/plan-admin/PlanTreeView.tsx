import { type ReactNode, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { Tag } from '../../components/ui/Tag.tsx';
import type { NodeKind } from './codes.ts';
import { suggestNextCode } from './codes.ts';
import { datesSpan, formatInstantDate } from './dates.ts';
import { ObjectiveEditor } from './ObjectiveEditor.tsx';
import { OperationalEditor } from './OperationalEditor.tsx';
import type { ObjectiveNode, OperationalNode, PlanTree, Retirement, StrategicNode } from './plan-tree.ts';
import { retirementOf, usedCodes } from './plan-tree.ts';
import { RetireConfirm, ReturnButton } from './RetireConfirm.tsx';
import { nodeName, retiredOnText } from './retire-text.ts';
import { StrategicEditor } from './StrategicEditor.tsx';

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
  codes: ReturnType<typeof usedCodes>;
  perspectives: string[];
};

const isOpen = (panel: Panel | null, action: 'edit' | 'retire', kind: NodeKind, code: string) =>
  panel?.action === action && panel.kind === kind && panel.code === code;

const isAdding = (panel: Panel | null, kind: NodeKind, parentCode: string | null) =>
  panel?.action === 'add' && panel.kind === kind && panel.parentCode === parentCode;

type PlanTreeViewProps = Omit<TreeContext, 'codes' | 'perspectives'> & { tree: PlanTree };

/** Objective → strategic action → operational action, each with its own buttons and inline forms. */
export function PlanTreeView({ tree, ...rest }: PlanTreeViewProps) {
  const context: TreeContext = {
    ...rest,
    codes: usedCodes(tree),
    perspectives: [...new Set(tree.objectives.map((objective) => objective.perspective))],
  };
  const { panel, setPanel, onDone } = context;
  const cancel = () => setPanel(null);
  const objectives = tree.objectives.filter((objective) => rest.showRetired || objective.retiredAt === null);
  return (
    <>
      {isAdding(panel, 'objective', null) && (
        <div className="plan-panel">
          <ObjectiveEditor
            objective={null}
            suggestedCode={suggestNextCode(null, context.codes.objectives)}
            usedCodes={context.codes.objectives}
            perspectives={context.perspectives}
            onSaved={(notice, code) => onDone(notice, { kind: 'objective', code })}
            onCancel={cancel}
          />
        </div>
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
  const { panel, setPanel, onDone, showRetired } = context;
  const retirement = retirementOf(objective, null, null);
  const ref: NodeRef = { kind: 'objective', code: objective.code };
  const cancel = () => setPanel(null);
  const strategicActions = objective.strategicActions.filter(
    (action) => showRetired || (!retirement.isRetired && action.retiredAt === null),
  );
  return (
    <section
      className={retirement.isRetired ? 'plan-objective is-retired' : 'plan-objective'}
      aria-label={`Objetivo ${objective.code}`}
    >
      <NodeRow
        node={ref}
        version={objective.version}
        retirement={retirement}
        parentRetired={false}
        parent={null}
        context={context}
        className="plan-node--objective"
      >
        <p className="plan-node__eyebrow">{objective.perspective}</p>
        <h3 className="plan-node__title">
          <span className="plan-node__code">Objetivo {objective.code}</span> {objective.name}
        </h3>
      </NodeRow>
      {isOpen(panel, 'edit', 'objective', objective.code) && (
        <div className="plan-panel">
          <ObjectiveEditor
            objective={objective}
            suggestedCode={objective.code}
            usedCodes={context.codes.objectives}
            perspectives={context.perspectives}
            onSaved={(notice) => onDone(notice, ref)}
            onCancel={cancel}
          />
        </div>
      )}
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
          kind="strategic"
          parentCode={objective.code}
          label="Adicionar ação estratégica"
          ariaLabel={`Adicionar ação estratégica ao objetivo ${objective.code}`}
          context={context}
        >
          <StrategicEditor
            objectiveCode={objective.code}
            action={null}
            suggestedCode={suggestNextCode(objective.code, context.codes.strategic)}
            usedCodes={context.codes.strategic}
            onSaved={(notice, code) => onDone(notice, { kind: 'strategic', code })}
            onCancel={cancel}
          />
        </AddChild>
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
  const { panel, setPanel, onDone, showRetired } = context;
  const ref: NodeRef = { kind: 'strategic', code: action.code };
  const retirement = retirementOf(action, objectiveRetirement, { kind: 'objective', code: objective.code });
  const cancel = () => setPanel(null);
  const actions = action.actions.filter(
    (operational) => showRetired || (!retirement.isRetired && operational.retiredAt === null),
  );
  return (
    <li className={retirement.isRetired ? 'plan-strategic is-retired' : 'plan-strategic'}>
      <NodeRow
        node={ref}
        version={action.version}
        retirement={retirement}
        parentRetired={objectiveRetirement.isRetired}
        parent={{ kind: 'objective', code: objective.code }}
        context={context}
        className="plan-node--strategic"
      >
        <p className="plan-node__title">
          <span className="plan-node__code">{action.code}</span> {action.text}
        </p>
        <NodeFacts responsibleText={action.responsibleText} deadline={action} />
      </NodeRow>
      {isOpen(panel, 'edit', 'strategic', action.code) && (
        <div className="plan-panel">
          <StrategicEditor
            objectiveCode={objective.code}
            action={action}
            suggestedCode={action.code}
            usedCodes={context.codes.strategic}
            onSaved={(notice) => onDone(notice, ref)}
            onCancel={cancel}
          />
        </div>
      )}
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
          kind="operational"
          parentCode={action.code}
          label="Adicionar ação operacional"
          ariaLabel={`Adicionar ação operacional à ação estratégica ${action.code}`}
          context={context}
        >
          <OperationalEditor
            strategicActionCode={action.code}
            action={null}
            suggestedCode={suggestNextCode(action.code, context.codes.operational)}
            usedCodes={context.codes.operational}
            onSaved={(notice, code) => onDone(notice, { kind: 'operational', code })}
            onCancel={cancel}
          />
        </AddChild>
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
  const { panel, setPanel, onDone } = context;
  const ref: NodeRef = { kind: 'operational', code: action.code };
  const retirement = retirementOf(action, strategicRetirement, { kind: 'strategic', code: strategic.code });
  return (
    <li className={retirement.isRetired ? 'plan-operational is-retired' : 'plan-operational'}>
      <NodeRow
        node={ref}
        version={action.version}
        retirement={retirement}
        parentRetired={strategicRetirement.isRetired}
        parent={{ kind: 'strategic', code: strategic.code }}
        context={context}
        className="plan-node--operational"
      >
        <p className="plan-node__title">
          <Link className="plan-node__code" to={`/acoes/${encodeURIComponent(action.code)}`}>
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
      {isOpen(panel, 'edit', 'operational', action.code) && (
        <div className="plan-panel">
          <OperationalEditor
            strategicActionCode={strategic.code}
            action={action}
            suggestedCode={action.code}
            usedCodes={context.codes.operational}
            onSaved={(notice) => onDone(notice, ref)}
            onCancel={() => setPanel(null)}
          />
        </div>
      )}
    </li>
  );
}

type NodeRowProps = {
  node: NodeRef;
  version: number;
  retirement: Retirement;
  /** Under a retired node: nothing can be done here until the parent comes back. */
  parentRetired: boolean;
  /** Where focus goes when this node is retired and the tree hides it. */
  parent: NodeRef | null;
  context: TreeContext;
  className: string;
  children: ReactNode;
};

/** One node: what it says, whether it is out of the plan, and its buttons (or the retire question). */
function NodeRow({
  node,
  version,
  retirement,
  parentRetired,
  parent,
  context,
  className,
  children,
}: NodeRowProps) {
  const { panel, setPanel, onDone, highlight, showRetired } = context;
  const row = useRef<HTMLDivElement>(null);
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
              <Tag>{retiredOnText(node.kind, formatInstantDate(retirement.retiredAt))}</Tag>
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
            onDone={(notice) => onDone(notice, showRetired ? node : parent)}
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
  kind: NodeKind;
  parentCode: string;
  label: string;
  ariaLabel: string;
  context: TreeContext;
  /** The editor, shown instead of the button while adding. */
  children: ReactNode;
};

function AddChild({ kind, parentCode, label, ariaLabel, context, children }: AddChildProps) {
  const { panel, setPanel } = context;
  if (isAdding(panel, kind, parentCode)) return <div className="plan-panel plan-panel--add">{children}</div>;
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
