import { useState } from 'react';

/**
 * "fonte" beside a value: hover shows where it came from, and a click or Enter writes it out, so
 * keyboard and phone users can read it too. Its name is the word on screen and the source is its
 * description (the title), so a screen reader says the source once, not in the name and again as the
 * title; the written-out copy is hidden from it for the same reason.
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
        fonte
      </button>
      {isOpen && (
        <span className="provenance-text" aria-hidden="true">
          {text}
        </span>
      )}
    </>
  );
}
