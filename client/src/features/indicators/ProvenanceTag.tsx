import { useState } from 'react';

/**
 * "fonte" beside a value: hover shows where it came from, and a click or Enter writes it out, so
 * keyboard and phone users can read it too.
 */
export function ProvenanceTag({ text }: { text: string }) {
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="tag tag--neutral provenance-tag"
        title={text}
        aria-expanded={isOpen}
        onClick={() => setOpen(!isOpen)}
      >
        fonte<span className="visually-hidden">: {text}</span>
      </button>
      {isOpen && (
        <span className="provenance-text" aria-hidden="true">
          {text}
        </span>
      )}
    </>
  );
}
