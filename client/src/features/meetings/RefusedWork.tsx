import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import type { Refusal } from './refusal.ts';

/** The server's reason and what the person had typed, so it can be copied elsewhere. */
export function RefusedWork({ refusal, onDismiss }: { refusal: Refusal; onDismiss: () => void }) {
  return (
    <ErrorMessage title={refusal.title} message={refusal.message}>
      {refusal.typed && (
        <>
          <p>O que você tinha digitado:</p>
          <blockquote className="refused-work__typed">{refusal.typed}</blockquote>
        </>
      )}
      <p>
        <button type="button" className="button button--secondary button--small" onClick={onDismiss}>
          Entendi
        </button>
      </p>
    </ErrorMessage>
  );
}
