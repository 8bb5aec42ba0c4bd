import { useEffect } from 'react';

/**
 * Marks the page as answering clicks: a page rendered by the server shows its data before its code
 * has run, and a click before hydration does nothing. Browser tests and `npm run bench` wait for it.
 */
export function MarkInteractive() {
  useEffect(() => {
    document.documentElement.dataset.interactive = 'true';
  }, []);
  return null;
}
