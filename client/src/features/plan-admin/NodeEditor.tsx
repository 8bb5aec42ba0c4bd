import type { NodeKind } from './codes.ts';
import { suggestNextCode } from './codes.ts';
import { ObjectiveEditor } from './ObjectiveEditor.tsx';
import { OperationalEditor } from './OperationalEditor.tsx';
import type { ObjectiveNode, OperationalNode, StrategicNode, UsedCodes } from './plan-tree.ts';
import { StrategicEditor } from './StrategicEditor.tsx';

/** What an editor of the tree works on: a node (`node` set) or a new child of `parentCode`. */
export type EditorTarget =
  | { kind: 'objective'; node: ObjectiveNode | null }
  | { kind: 'strategic'; parentCode: string; node: StrategicNode | null }
  | { kind: 'operational'; parentCode: string; node: OperationalNode | null };

type NodeEditorProps = {
  target: EditorTarget;
  codes: UsedCodes;
  perspectives: readonly string[];
  onSaved: (notice: string, node: { kind: NodeKind; code: string }) => void;
  onCancel: () => void;
};

/** The editor of the target's level; a new node is offered the next free code under its parent. */
export function NodeEditor({ target, codes, perspectives, onSaved, onCancel }: NodeEditorProps) {
  const used = { objective: codes.objectives, strategic: codes.strategic, operational: codes.operational }[
    target.kind
  ];
  const parentCode = target.kind === 'objective' ? null : target.parentCode;
  const common = {
    suggestedCode: target.node?.code ?? suggestNextCode(parentCode, used),
    usedCodes: used,
    onSaved: (notice: string, code: string) => onSaved(notice, { kind: target.kind, code }),
    onCancel,
  };
  switch (target.kind) {
    case 'objective':
      return <ObjectiveEditor objective={target.node} perspectives={perspectives} {...common} />;
    case 'strategic':
      return <StrategicEditor objectiveCode={target.parentCode} action={target.node} {...common} />;
    case 'operational':
      return <OperationalEditor strategicActionCode={target.parentCode} action={target.node} {...common} />;
  }
}

/** A target that is a node of the tree (being edited), not a child to add. */
export type NodeTarget = EditorTarget & { node: { code: string; version: number } };

const PARENT_KIND = { strategic: 'objective', operational: 'strategic' } as const;

/** The node the target sits under (null for an objective). */
export function parentOf(target: EditorTarget): { kind: 'objective' | 'strategic'; code: string } | null {
  return target.kind === 'objective' ? null : { kind: PARENT_KIND[target.kind], code: target.parentCode };
}
