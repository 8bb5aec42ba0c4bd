import { useState } from 'react';

/**
 * Which row of a table is asking "remover?" (one at a time) and the notice of the last removal,
 * spoken by the section's live region.
 */
export function useRowRemoval<Key>() {
  const [removing, setRemoving] = useState<Key | null>(null);
  const [notice, setNotice] = useState('');
  return {
    removing,
    notice,
    setNotice,
    ask: (key: Key) => {
      setNotice('');
      setRemoving(key);
    },
    removed: (text: string) => {
      setRemoving(null);
      setNotice(text);
    },
    cancel: () => setRemoving(null),
  };
}
