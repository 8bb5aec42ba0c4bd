import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * The phone header's menu. It is open only for the location it was opened on, so following a link,
 * changing the year or opening a territory from it closes it with no effect to run; Escape closes it
 * too. Focus left inside the panel as it hides goes back to the "Menu" button instead of the page's top.
 */
export function useHeaderMenu() {
  const { key } = useLocation();
  const [openedAt, setOpenedAt] = useState<string | null>(null);
  const isOpen = openedAt === key;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (!isOpen) return;
    function closeOnEscape(event: KeyboardEvent) {
      if (event.key === 'Escape') setOpenedAt(null);
    }
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [isOpen]);

  useEffect(() => {
    const focused = document.activeElement;
    const isFocusInside = focused === document.body || panelRef.current?.contains(focused);
    if (wasOpen.current && !isOpen && isFocusInside) buttonRef.current?.focus();
    wasOpen.current = isOpen;
  }, [isOpen]);

  return {
    isOpen,
    toggle: () => setOpenedAt(isOpen ? null : key),
    buttonRef,
    panelRef,
  };
}
