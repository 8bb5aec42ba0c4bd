import { useId, useState } from 'react';
import { Card } from '../../components/ui/Card.tsx';
import { Notice } from './Notice.tsx';
import { type NodeRef, type Panel, PlanTreeView } from './PlanTreeView.tsx';
import { countTree, type PlanTree } from './plan-tree.ts';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The card holding the tree: what is in the plan, the retired-nodes switch and "Adicionar objetivo". */
export function PlanStructure({ tree }: { tree: PlanTree }) {
  const id = useId();
  const [showRetired, setShowRetired] = useState(false);
  const [panel, setPanelState] = useState<Panel | null>(null);
  const [highlight, setHighlight] = useState<NodeRef | null>(null);
  const [notice, setNotice] = useState('');
  const counts = countTree(tree);

  function setPanel(next: Panel | null) {
    setPanelState(next);
    setHighlight(null);
    if (next) setNotice('');
  }

  function done(message: string, node: NodeRef | null) {
    setPanelState(null);
    setHighlight(node);
    setNotice(message);
  }

  return (
    <Card
      title="Árvore do plano"
      className="plan-structure"
      actions={
        <>
          <label className="checkbox-field" htmlFor={`${id}-retiradas`}>
            <input
              id={`${id}-retiradas`}
              type="checkbox"
              checked={showRetired}
              onChange={(event) => {
                setShowRetired(event.target.checked);
                setHighlight(null);
              }}
            />
            Mostrar retiradas{counts.retired > 0 ? ` (${counts.retired})` : ''}
          </label>
          <button
            type="button"
            className="button"
            aria-expanded={panel?.action === 'add' && panel.kind === 'objective'}
            onClick={() => setPanel({ action: 'add', kind: 'objective', parentCode: null })}
          >
            Adicionar objetivo
          </button>
        </>
      }
    >
      <p className="note plan-structure__counts">
        No plano: {plural(counts.objectives, 'objetivo', 'objetivos')},{' '}
        {plural(counts.strategic, 'ação estratégica', 'ações estratégicas')} e{' '}
        {plural(counts.operational, 'ação operacional', 'ações operacionais')}.{' '}
        {counts.retired > 0 &&
          `${plural(counts.retired, 'item retirado', 'itens retirados')} (com histórico mantido).`}
      </p>
      <PlanTreeView
        tree={tree}
        showRetired={showRetired}
        panel={panel}
        setPanel={setPanel}
        highlight={highlight}
        onDone={done}
      />
      <Notice text={notice} onClose={() => setNotice('')} />
    </Card>
  );
}
