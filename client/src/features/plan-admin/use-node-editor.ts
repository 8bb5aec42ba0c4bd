import { useId } from 'react';
import type { DraftResult, Target } from './drafts.ts';
import { type SaveMutation, useVersionedDraft } from './use-versioned-draft.ts';

/** What the tree gives each editor, whatever its level. */
export type EditorProps = {
  suggestedCode: string;
  /** Codes of the level, retired ones included: a new node's code must be free. */
  usedCodes: readonly string[];
  onSaved: (notice: string, code: string) => void;
  onCancel: () => void;
};

type NodeEditorOptions<
  Node extends { code: string; version: number },
  Draft,
  Input extends { code: string },
> = EditorProps & {
  /** The node as the tree shows it now; null to create one under `parentCode`. */
  node: Node | null;
  parentCode: string | null;
  /** The node's draft (a new one starts empty, with the suggested code). */
  draftOf: (node: Node | null, suggestedCode?: string) => Draft;
  inputOf: (draft: Draft, target: Target) => DraftResult<Input>;
  save: SaveMutation<Input>;
  /** The notice after a save: "Objetivo 1 salvo.", "Ação estratégica 1.2 criada.". */
  notice: (code: string) => string;
};

/**
 * The state of an inline editor of the plan's tree, whatever the level: a new node is created with the
 * code typed, an existing one is saved against the version the editor was opened with. `form` goes to
 * `EditorForm` as it is, `fields` to the fields (`ActionFields`).
 */
export function useNodeEditor<
  Node extends { code: string; version: number },
  Draft,
  Input extends { code: string },
>({
  node,
  parentCode,
  suggestedCode,
  usedCodes,
  draftOf,
  inputOf,
  save,
  notice,
  onSaved,
  onCancel,
}: NodeEditorOptions<Node, Draft, Input>) {
  const id = useId();
  const editor = useVersionedDraft(() => draftOf(node, suggestedCode), node?.version ?? null, save);

  function submit() {
    const target: Target =
      node && editor.version !== null
        ? { mode: 'edit', code: node.code, version: editor.version }
        : { mode: 'create', parentCode, usedCodes };
    editor.send(inputOf(editor.draft, target), (input) => onSaved(notice(input.code), input.code));
  }

  return {
    fields: { id, draft: editor.draft, change: editor.change, suggestedCode },
    form: {
      isNew: node === null,
      message: editor.message,
      isConflict: editor.isConflict,
      isPending: save.isPending,
      hasNewerVersion: node !== null && node.version !== editor.version,
      onLoadCurrent: node ? () => editor.load(draftOf(node), node.version) : undefined,
      onSubmit: submit,
      onCancel,
    },
  };
}
