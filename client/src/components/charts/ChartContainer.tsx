import type { ReactElement, ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';

type ChartContainerProps = {
  title: ReactNode;
  /** A sentence describing the chart for screen readers. */
  summary: string;
  height: number;
  legend?: ReactNode;
  footnote?: ReactNode;
  children: ReactElement;
  'data-testid'?: string;
};

/** Owns a chart's size, title, legend and notes; the chart inside only draws. */
export function ChartContainer({
  title,
  summary,
  height,
  legend,
  footnote,
  children,
  'data-testid': testId,
}: ChartContainerProps) {
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption className="chart__title">{title}</figcaption>
      <div className="chart__canvas" style={{ height }} role="img" aria-label={summary}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height }}>
          {children}
        </ResponsiveContainer>
      </div>
      {legend && <div className="chart__legend">{legend}</div>}
      {footnote && <p className="chart__note">{footnote}</p>}
    </figure>
  );
}

export function LegendItem({
  color,
  shape,
  children,
}: {
  color: string;
  shape: 'bar' | 'line' | 'dash';
  children: ReactNode;
}) {
  return (
    <span className="legend-item">
      <span
        className={`legend-item__swatch legend-item__swatch--${shape}`}
        style={{ color }}
        aria-hidden="true"
      />
      {children}
    </span>
  );
}
