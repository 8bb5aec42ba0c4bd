import { useEffect, useId, useRef } from 'react';
import { CopyButton } from './CopyButton.tsx';
import { curlExample } from './token-usage.ts';

type TokenSecretBoxProps = { name: string; secret: string; onClose: () => void };

/** The one time the whole token is on screen: it lives only in this component's props. */
export function TokenSecretBox({ name, secret, onClose }: TokenSecretBoxProps) {
  const id = useId();
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <section ref={box} className="secret-box" aria-labelledby={`${id}-titulo`} tabIndex={-1}>
      <h2 id={`${id}-titulo`} className="secret-box__title">
        Token “{name}” criado
      </h2>
      <p className="secret-box__warning">
        <span aria-hidden="true">⚠ </span>
        Guarde este token agora: ele não será mostrado de novo.
      </p>
      <div className="secret-box__value">
        <code>{secret}</code>
        <CopyButton text={secret} />
      </div>
      <p className="secret-box__lead">
        Use-o no cabeçalho <code>Authorization</code> de cada pedido à API de leitura. Por exemplo:
      </p>
      <pre className="secret-box__example">
        <code>{curlExample(window.location.origin, secret)}</code>
      </pre>
      <button type="button" className="button button--secondary" onClick={onClose}>
        Já guardei o token
      </button>
    </section>
  );
}
