import { useState } from 'react';
import { errorCode, errorMessage } from '../../lib/errors.ts';
import type { DraftResult } from './drafts.ts';

/** What a versioned form needs of its tRPC mutation. */
export type SaveMutation<Input> = {
  mutate: (input: Input, options: { onSuccess: () => void }) => void;
  reset: () => void;
  error: unknown;
  isPending: boolean;
};

/**
 * What the admin types for a node of the plan or a prazo, saved against the version it was read with
 * (null: a node being created). The server refuses a save when someone saved in between (CONFLICT):
 * the typed values stay until the admin chooses to load the current version with `load`.
 */
export function useVersionedDraft<Draft, Input>(
  initialDraft: () => Draft,
  initialVersion: number | null,
  save: SaveMutation<Input>,
) {
  const [draft, setDraft] = useState<Draft>(initialDraft);
  const [version, setVersion] = useState(initialVersion);
  const [problems, setProblems] = useState<string[] | null>(null);
  // Problems found before sending take the place of the last failed save's sentence.
  const hasProblems = problems !== null && problems.length > 0;
  const message = hasProblems ? problems.join(' ') : save.error ? errorMessage(save.error) : null;
  const isConflict = !hasProblems && errorCode(save.error) === 'CONFLICT';

  const change = (changes: Partial<Draft>) => setDraft((current) => ({ ...current, ...changes }));

  /** Sends a valid result; an invalid one shows its problems and clears the last failed save. */
  function send(result: DraftResult<Input>, onSuccess: (input: Input) => void) {
    if (!result.isValid) {
      save.reset();
      setProblems(result.problems);
      return;
    }
    setProblems(null);
    save.mutate(result.input, { onSuccess: () => onSuccess(result.input) });
  }

  /** Replaces what was typed with the version saved meanwhile. */
  function load(current: Draft, currentVersion: number) {
    setDraft(current);
    setVersion(currentVersion);
    setProblems(null);
    save.reset();
  }

  return {
    draft,
    change,
    version,
    setVersion,
    problems,
    clearProblems: () => setProblems(null),
    message,
    isConflict,
    send,
    load,
  };
}
