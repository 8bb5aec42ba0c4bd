import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { STATUS_LABELS, type Status } from '../../../../shared/domain/status.ts';
import { formatNumber } from '../../../../shared/format.ts';
import { AXIS, SERIES, STATUS_COLORS, type ValueFormatter } from './chart-theme.ts';

export type BreakdownBar = { code: string; name: string; value: number | null; status: Status };

type BreakdownBarChartProps = {
  bars: readonly BreakdownBar[];
  target: number | null;
  targetLabel: string;
  formatValue: ValueFormatter;
  /** Counts: whole-number ticks only. */
  isInteger?: boolean;
};

export const BAR_ROW_HEIGHT = 30;

/** One bar per territory, coloured by status, with the target as a reference line. */
export function BreakdownBarChart({
  bars,
  target,
  targetLabel,
  formatValue,
  isInteger = false,
}: BreakdownBarChartProps) {
  return (
    <BarChart
      data={[...bars]}
      layout="vertical"
      margin={{ top: 24, right: 72, bottom: 4, left: 8 }}
      barCategoryGap={6}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke={AXIS.grid} />
      <XAxis
        type="number"
        allowDecimals={!isInteger}
        tick={AXIS.tick}
        tickFormatter={(value: number) => formatNumber(value, 2)}
      />
      <YAxis type="category" dataKey="name" tick={AXIS.tick} width={170} interval={0} />
      <Tooltip
        cursor={{ fill: 'rgba(31, 78, 121, 0.08)' }}
        content={({ label }) => {
          const bar = bars.find((candidate) => candidate.name === label);
          if (!bar) return null;
          return (
            <div className="chart-tooltip">
              <p className="chart-tooltip__title">{bar.name}</p>
              <p>
                Valor: <strong>{formatValue(bar.value)}</strong>
              </p>
              <p>{STATUS_LABELS[bar.status]}</p>
            </div>
          );
        }}
      />
      <Bar dataKey="value" isAnimationActive={false}>
        {bars.map((bar) => (
          <Cell key={bar.code} fill={STATUS_COLORS[bar.status]} />
        ))}
        <LabelList
          dataKey="value"
          position="right"
          fill="#1f2937"
          fontSize={12}
          formatter={(value) => (typeof value === 'number' ? formatValue(value) : '')}
        />
      </Bar>
      {target !== null && (
        <ReferenceLine
          x={target}
          stroke={SERIES.target.color}
          strokeWidth={2}
          strokeDasharray="6 3"
          ifOverflow="extendDomain"
          label={{ value: targetLabel, position: 'top', fill: SERIES.target.color, fontSize: 12 }}
        />
      )}
    </BarChart>
  );
}
