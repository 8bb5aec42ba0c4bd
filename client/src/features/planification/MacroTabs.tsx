import { Link } from 'react-router';
import { shortMacroName } from './planification-format.ts';
import { planificationPath } from './planification-url.ts';
import type { PlanMacro } from './use-planification.ts';

/** The overview and each macro, as tabs; the chosen one is in the URL (`?macro=`). */
export function MacroTabs({ macros, current }: { macros: readonly PlanMacro[]; current: string | null }) {
  const tabs = [
    { code: null, label: 'Visão geral' },
    ...macros.map((macro) => ({ code: macro.code, label: shortMacroName(macro.name) })),
  ];
  return (
    <nav className="view-tabs" aria-label="Macrorregiões da planificação">
      <ul>
        {tabs.map((tab) => {
          const isCurrent = tab.code === current;
          return (
            <li key={tab.code ?? 'geral'}>
              <Link
                to={planificationPath(tab.code)}
                aria-current={isCurrent ? 'page' : undefined}
                className={isCurrent ? 'view-tabs__tab view-tabs__tab--current' : 'view-tabs__tab'}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
