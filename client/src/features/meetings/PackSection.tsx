import type { ReactNode } from 'react';
import { formatNumber } from '../../../../shared/format.ts';
import { Card } from '../../components/ui/Card.tsx';
import { isLongList } from './meeting-pack.ts';

type PackSectionProps = {
  /** The section's name; the count is added in parentheses. */
  title: string;
  count: number;
  /** One line saying what the section lists and why. */
  explanation: ReactNode;
  /** Said instead of the list when there is nothing. */
  empty: string;
  /** A line shown above the list even when it is collapsed (e.g. counts per coordenadoria). */
  summary?: ReactNode;
  /** False: always open, however long (the indicators are the meeting's headline). */
  isCollapsible?: boolean;
  /** The collapsed list's toggle: "Mostrar as 62 ações". */
  toggleLabel?: string;
  actions?: ReactNode;
  id?: string;
  children?: ReactNode;
};

/** One item of the meeting's pack: heading with the count, what it is, and the list (collapsed when long). */
export function PackSection({
  title,
  count,
  explanation,
  empty,
  summary,
  toggleLabel,
  isCollapsible = true,
  actions,
  id,
  children,
}: PackSectionProps) {
  return (
    <div id={id} className="pack-section">
      <Card title={`${title} (${formatNumber(count, 0)})`} actions={actions}>
        <p className="pack-section__explanation">{explanation}</p>
        {summary && <p className="pack-section__summary">{summary}</p>}
        {count === 0 ? (
          <p className="pack-section__empty">{empty}</p>
        ) : isCollapsible && isLongList(count) ? (
          <details className="pack-section__details">
            <summary>{toggleLabel ?? `Mostrar a lista (${formatNumber(count, 0)})`}</summary>
            {children}
          </details>
        ) : (
          children
        )}
      </Card>
    </div>
  );
}
