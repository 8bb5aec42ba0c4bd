import { useState } from 'react';
import { ConfirmInline } from '../../components/ui/ConfirmInline.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { errorMessage } from '../../lib/errors.ts';
import type { NodeKind } from './codes.ts';
import { nodeName, retiredNotice, retireQuestion, returnedNotice } from './retire-text.ts';
import { useSetRetired } from './use-plan-admin.ts';

type RetireConfirmProps = {
  kind: NodeKind;
  code: string;
  /** The version shown when "Retirar do plano" was pressed: a change since then is refused. */
  version: number;
  onDone: (notice: string) => void;
  onCancel: () => void;
};

/** Retiring asks first, just below the node. Focus starts on "Cancelar": a second Enter must not retire. */
export function RetireConfirm({ kind, code, version, onDone, onCancel }: RetireConfirmProps) {
  const [shownVersion] = useState(version);
  const setRetired = useSetRetired();
  const { question, explanation } = retireQuestion(kind, code);
  return (
    <ConfirmInline
      question={question}
      explanation={explanation}
      confirmLabel="Sim, retirar do plano"
      pendingLabel="Retirando…"
      isPending={setRetired.isPending}
      error={setRetired.isError ? setRetired.error : null}
      errorTitle="A retirada não foi feita"
      onConfirm={() =>
        setRetired.mutate(
          { kind, code, retired: true, version: shownVersion },
          { onSuccess: () => onDone(retiredNotice(kind, code)) },
        )
      }
      onCancel={onCancel}
    />
  );
}

type ReturnButtonProps = {
  kind: NodeKind;
  code: string;
  version: number;
  onDone: (notice: string) => void;
};

/** Bringing a node back needs no confirmation: nothing is lost, and it can be retired again. */
export function ReturnButton({ kind, code, version, onDone }: ReturnButtonProps) {
  const setRetired = useSetRetired();
  return (
    <div className="plan-return">
      <button
        type="button"
        className="button button--secondary button--small"
        aria-label={`Devolver ${nodeName(kind, code)} ao plano`}
        disabled={setRetired.isPending}
        onClick={() =>
          setRetired.mutate(
            { kind, code, retired: false, version },
            { onSuccess: () => onDone(returnedNotice(kind, code)) },
          )
        }
      >
        {setRetired.isPending ? 'Devolvendo…' : 'Devolver ao plano'}
      </button>
      {setRetired.isError && (
        <ErrorMessage title="A devolução ao plano não foi feita" message={errorMessage(setRetired.error)} />
      )}
    </div>
  );
}
