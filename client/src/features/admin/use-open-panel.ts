import { useEffect, useRef } from 'react';

/**
 * A form opened inside a table row: brought into view from its left edge (the table may be scrolled
 * sideways on a narrow screen, where the row's buttons are) and its first field focused.
 */
export function useOpenPanel() {
  const panel = useRef<HTMLFormElement>(null);
  const firstField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    panel.current?.scrollIntoView({ block: 'nearest', inline: 'start' });
    firstField.current?.focus({ preventScroll: true });
  }, []);
  return { panel, firstField };
}
