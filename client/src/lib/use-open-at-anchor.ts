import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * A link to `…#anchor` (from the pack of the reunião, from a list) lands on that part of the page with
 * the keyboard in its first field, once it is drawn (`isReady`).
 */
export function useOpenAtAnchor(anchor: string, firstFieldId: string, isReady = true) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!isReady || hash !== `#${anchor}`) return;
    document.getElementById(anchor)?.scrollIntoView({ block: 'start' });
    document.getElementById(firstFieldId)?.focus({ preventScroll: true });
  }, [hash, anchor, firstFieldId, isReady]);
}
