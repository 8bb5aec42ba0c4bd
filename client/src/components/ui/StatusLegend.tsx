import type { ReactNode } from 'react';
import { StatusBadge } from './StatusBadge.tsx';

/** The statuses a figure can have, with what "em risco" and "número pequeno" mean. */
export function StatusLegend({ children }: { children?: ReactNode }) {
  return (
    <section className="status-legend" aria-label="Legenda da situação">
      <StatusBadge status="achieved" />
      <StatusBadge status="at_risk" />
      <StatusBadge status="not_achieved" />
      <StatusBadge status="no_data" />
      <StatusBadge status="no_target" />
      <StatusBadge status="small_number" />
      <span className="status-legend__note">
        “Em risco”: pior que a meta, mas dentro da tolerância do indicador (em geral 5 % da meta). “Número
        pequeno”: denominador pequeno demais para julgar a meta; veja o intervalo de confiança.
        {children}
      </span>
    </section>
  );
}
