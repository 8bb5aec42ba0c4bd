import { SERIES } from './chart-theme.ts';
import { type SparkPoint, sparkGeometry } from './sparkline-geometry.ts';

export type { SparkPoint };

const SIZE = { width: 120, height: 36, margin: 4 };

/** A tiny trend with its target; decorative, the row beside it says the numbers. Plain SVG. */
export function Sparkline({ points }: { points: readonly SparkPoint[] }) {
  const { valuePath, targetPath, dots } = sparkGeometry(points, SIZE);
  return (
    <div className="sparkline" aria-hidden="true">
      <svg
        width={SIZE.width}
        height={SIZE.height}
        viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
        aria-hidden="true"
      >
        {targetPath && (
          <path
            d={targetPath}
            fill="none"
            stroke={SERIES.target.color}
            strokeWidth={1}
            strokeDasharray="3 2"
          />
        )}
        {valuePath && <path d={valuePath} fill="none" stroke={SERIES.actual.color} strokeWidth={2} />}
        {dots.map((dot) => (
          <circle key={`${dot.x}`} cx={dot.x} cy={dot.y} r={1.5} fill={SERIES.actual.color} />
        ))}
      </svg>
    </div>
  );
}
