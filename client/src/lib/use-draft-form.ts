import { useState } from 'react';
import type { DraftResult } from './drafts.ts';
import { errorMessage } from './errors.ts';

/** What a form needs of its tRPC mutation. */
type SaveMutation<Input> = {
  mutate: (input: Input, options: { onSuccess: () => void; onError: (error: unknown) => void }) => void;
  reset: () => void;
  isError: boolean;
  error: unknown;
};

/**
 * The draft of a form, the problem to show (found here, or the server's sentence) and the notice of
 * the last success. A refused save keeps what was typed.
 */
export function useDraftForm<Draft, Input>(initialDraft: Draft | (() => Draft), save: SaveMutation<Input>) {
  const [draft, setDraft] = useState<Draft>(initialDraft);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const message = problem ?? (save.isError ? errorMessage(save.error) : null);

  const change = (changes: Partial<Draft>) => setDraft((current) => ({ ...current, ...changes }));

  /** Sends a valid result; an invalid one shows its problem instead of the last failed save's. */
  function send(
    result: DraftResult<Input>,
    callbacks: { onSuccess: (input: Input) => void; onError?: (error: unknown) => void },
  ) {
    setNotice('');
    if (!result.isValid) {
      save.reset();
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    save.mutate(result.input, {
      onSuccess: () => callbacks.onSuccess(result.input),
      onError: (error) => callbacks.onError?.(error),
    });
  }

  return { draft, setDraft, change, notice, setNotice, message, send };
}
