import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS, SERIES, type ValueFormatter } from '../../components/charts/chart-theme.ts';
import type { OutcomePoint } from './outcome-rows.ts';

/** The two groups' colours: the app's "valor" blue, and a grey dashed line for those not adhering. */
export const GROUP_SERIES = {
  adhering: { color: SERIES.actual.color },
  notAdhering: { color: '#6b7280' },
} as const;

type OutcomeChartProps = {
  points: readonly OutcomePoint[];
  labels: { adhering: string; notAdhering: string };
  formatValue: ValueFormatter;
};

/** Adhering vs not-yet-adhering municípios, one line each; the table beside it says the numbers. */
export function OutcomeChart({ points, labels, formatValue }: OutcomeChartProps) {
  return (
    <LineChart
      data={[...points]}
      margin={{ top: 12, right: 16, bottom: 4, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke={AXIS.grid} />
      <XAxis dataKey="year" tick={AXIS.tick} tickLine={false} />
      <YAxis
        tick={AXIS.tick}
        width={56}
        domain={['auto', 'auto']}
        tickFormatter={(value: number) => formatValue(value)}
      />
      <Tooltip
        content={({ label }) => {
          const point = points.find((candidate) => candidate.year === label);
          if (!point) return null;
          return (
            <div className="chart-tooltip">
              <p className="chart-tooltip__title">{point.year}</p>
              <p>
                {labels.adhering}: <strong>{formatValue(point.adhering)}</strong>
              </p>
              <p>
                {labels.notAdhering}: <strong>{formatValue(point.notAdhering)}</strong>
              </p>
            </div>
          );
        }}
      />
      <Line
        dataKey="adhering"
        name={labels.adhering}
        stroke={GROUP_SERIES.adhering.color}
        strokeWidth={2.5}
        dot={{ r: 3, fill: GROUP_SERIES.adhering.color }}
        isAnimationActive={false}
      />
      <Line
        dataKey="notAdhering"
        name={labels.notAdhering}
        stroke={GROUP_SERIES.notAdhering.color}
        strokeWidth={2}
        strokeDasharray="6 3"
        dot={{ r: 3, fill: GROUP_SERIES.notAdhering.color }}
        isAnimationActive={false}
      />
    </LineChart>
  );
}
