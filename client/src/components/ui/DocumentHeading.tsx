import type { ReactNode } from 'react';

/**
 * What every printed document opens with (ata, reports, regional brief): who issues it, the plan
 * and, when it belongs to one, the routine it is part of; then its title.
 */
export function DocumentHeading({ routine, children }: { routine?: string; children: ReactNode }) {
  return (
    <>
      <header className="minutes__header">
        <p className="minutes__org">
          Secretaria de Estado de Saúde de Mato Grosso — Superintendência de Atenção à Saúde
        </p>
        <p className="minutes__program">Plano Estratégico SAS 2024–2027{routine ? ` · ${routine}` : ''}</p>
      </header>
      <h1 className="minutes__title">{children}</h1>
    </>
  );
}
