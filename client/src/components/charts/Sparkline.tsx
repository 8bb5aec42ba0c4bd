import { Line, LineChart, YAxis } from 'recharts';
import { SERIES } from './chart-theme.ts';

export type SparkPoint = { year: number; value: number | null; target: number | null };

/** A tiny trend with its target; decorative, the row beside it says the numbers. */
export function Sparkline({ points }: { points: readonly SparkPoint[] }) {
  const hasValues = points.some((point) => point.value !== null);
  return (
    <div className="sparkline" aria-hidden="true">
      <LineChart
        width={120}
        height={36}
        data={[...points]}
        margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <YAxis hide domain={['auto', 'auto']} />
        <Line
          dataKey="target"
          type="step"
          stroke={SERIES.target.color}
          strokeWidth={1}
          strokeDasharray="3 2"
          dot={false}
          isAnimationActive={false}
        />
        {hasValues && (
          <Line
            dataKey="value"
            stroke={SERIES.actual.color}
            strokeWidth={2}
            dot={{ r: 1.5 }}
            connectNulls
            isAnimationActive={false}
          />
        )}
      </LineChart>
    </div>
  );
}
