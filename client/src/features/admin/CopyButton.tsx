import { useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

/** The clipboard needs HTTPS (or localhost): elsewhere the admin is told to copy by hand. */
export function CopyButton({ text, label = 'Copiar' }: { text: string; label?: string }) {
  const [state, setState] = useState<CopyState>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="copy-button">
      <button type="button" className="button" onClick={copy}>
        {label}
      </button>
      <span role="status" className="copy-button__status">
        {state === 'copied' && 'Copiado.'}
        {state === 'failed' && 'Não foi possível copiar: selecione o texto e use Ctrl+C.'}
      </span>
    </span>
  );
}
