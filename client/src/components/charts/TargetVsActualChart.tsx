import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { STATUS_LABELS, type Status } from '../../../../shared/domain/status.ts';
import { formatNumber } from '../../../../shared/format.ts';
import { AXIS, SERIES, type ValueFormatter } from './chart-theme.ts';

export type TrendPoint = {
  year: number;
  /** Axis label: the year, with `*` when the year is partial or provisional. */
  label: string;
  value: number | null;
  target: number | null;
  status: Status;
  /** "parcial até out/2026", "provisório": said in the tooltip. */
  notes: string[];
  isTentative: boolean;
};

type TargetVsActualChartProps = {
  points: readonly TrendPoint[];
  baseline: { value: number; year: number | null } | null;
  formatValue: ValueFormatter;
  /** Counts: whole-number ticks only. */
  isInteger?: boolean;
};

function TrendTooltip({
  label,
  points,
  formatValue,
}: {
  label: string | number | undefined;
  points: readonly TrendPoint[];
  formatValue: ValueFormatter;
}) {
  const point = points.find((candidate) => candidate.label === label);
  if (!point) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{point.year}</p>
      <p>
        Valor: <strong>{formatValue(point.value)}</strong>
      </p>
      <p>Meta: {formatValue(point.target)}</p>
      {point.value !== null && <p>{STATUS_LABELS[point.status]}</p>}
      {point.notes.map((note) => (
        <p key={note} className="chart-tooltip__note">
          {note}
        </p>
      ))}
    </div>
  );
}

/** Actual values as bars, the plan's yearly targets as a step line, the baseline as a reference line. */
export function TargetVsActualChart({
  points,
  baseline,
  formatValue,
  isInteger = false,
}: TargetVsActualChartProps) {
  return (
    <ComposedChart
      data={[...points]}
      margin={{ top: 24, right: 24, bottom: 4, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke={AXIS.grid} />
      <XAxis dataKey="label" tick={AXIS.tick} tickLine={false} />
      <YAxis
        tick={AXIS.tick}
        width={72}
        allowDecimals={!isInteger}
        tickFormatter={(value: number) => formatNumber(value, 2)}
      />
      <Tooltip
        cursor={{ fill: 'rgba(31, 78, 121, 0.08)' }}
        content={(props) => <TrendTooltip label={props.label} points={points} formatValue={formatValue} />}
      />
      <Bar dataKey="value" name={SERIES.actual.label} maxBarSize={56} isAnimationActive={false}>
        {points.map((point) => (
          <Cell
            key={point.year}
            fill={point.isTentative ? SERIES.actualPartial.color : SERIES.actual.color}
            stroke={SERIES.actual.color}
            strokeDasharray={point.isTentative ? '4 2' : undefined}
          />
        ))}
      </Bar>
      <Line
        dataKey="target"
        name={SERIES.target.label}
        type="step"
        stroke={SERIES.target.color}
        strokeWidth={2.5}
        dot={{ r: 3, fill: SERIES.target.color }}
        isAnimationActive={false}
      />
      {baseline && (
        <ReferenceLine
          y={baseline.value}
          stroke={SERIES.baseline.color}
          strokeDasharray="6 4"
          ifOverflow="extendDomain"
          label={{
            value: `Linha de base${baseline.year ? ` (${baseline.year})` : ''}: ${formatValue(baseline.value)}`,
            position: 'insideTopRight',
            fill: '#374151',
            fontSize: 12,
          }}
        />
      )}
    </ComposedChart>
  );
}
