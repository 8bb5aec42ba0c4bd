import type { ReactNode } from 'react';
import { formatDateTimeMt } from '../../../../shared/format.ts';
import { DocumentHeading } from './DocumentHeading.tsx';
import { StatusLegend } from './StatusLegend.tsx';

type FiguresPrintDocumentProps = {
  title: string;
  year: number;
  /** Whose figures: "Mato Grosso (estado)", "Regiões de saúde da Macrorregião Norte". */
  territory: string;
  /**
   * When the figures were read (the query's `dataUpdatedAt`, ms): a printed page is read long after,
   * and the same instant on the server's render of the page and in the browser.
   */
  generatedAt: number;
  isExample: boolean;
  /** A wide table: the sheet is turned (print.css keeps the page numbers). */
  isLandscape?: boolean;
  /** The legend, when the table has marks of its own; the statuses' legend by default. */
  legend?: ReactNode;
  children: ReactNode;
};

/**
 * A table of the plan's figures on A4 (the Painel, the matriz): who issues it, what, which year and
 * territory, when it was generated — a printed page is read long after — and the statuses' legend.
 */
export function FiguresPrintDocument({
  title,
  year,
  territory,
  generatedAt,
  isExample,
  isLandscape = false,
  legend = <StatusLegend />,
  children,
}: FiguresPrintDocumentProps) {
  return (
    <article className={`minutes figures-print${isLandscape ? ' print-landscape' : ''}`} aria-label={title}>
      <DocumentHeading>{title}</DocumentHeading>
      <dl className="minutes__facts">
        <div>
          <dt>Ano</dt>
          <dd>{year}</dd>
        </div>
        <div>
          <dt>Território</dt>
          <dd>{territory}</dd>
        </div>
        <div>
          <dt>Gerado em</dt>
          <dd>{formatDateTimeMt(new Date(generatedAt).toISOString())} (horário de Mato Grosso)</dd>
        </div>
      </dl>
      {isExample && (
        <p className="minutes__example">
          Dados de exemplo, gerados para demonstração do painel: não são dados oficiais.
        </p>
      )}
      {legend}
      {children}
    </article>
  );
}
