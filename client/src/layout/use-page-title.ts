import { useEffect } from 'react';

const APP_NAME = 'Painel do Plano Estratégico SAS 2024–2027 · SES-MT';

/** The browser tab says which page and year is open (useful with several tabs and in history). */
export function usePageTitle(title: string | null) {
  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : APP_NAME;
  }, [title]);
}
