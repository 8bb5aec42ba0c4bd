/** The lines of a sparkline as SVG paths: plain geometry, so the scorecard needs no chart library. */
export type SparkPoint = { year: number; value: number | null; target: number | null };

export type SparkGeometry = {
  /** The value line; a missing year is skipped (the line joins its neighbours). */
  valuePath: string;
  /** The target as a step line (each year's target held until the next). */
  targetPath: string;
  dots: { x: number; y: number }[];
};

const round = (value: number) => Math.round(value * 10) / 10;

export function sparkGeometry(
  points: readonly SparkPoint[],
  size: { width: number; height: number; margin: number },
): SparkGeometry {
  const numbers = points.flatMap((point) => [point.value, point.target]).filter((value) => value !== null);
  const low = Math.min(...numbers);
  const high = Math.max(...numbers);
  // A flat series sits in the middle instead of dividing by zero.
  const span = high - low || 1;
  const inner = { width: size.width - 2 * size.margin, height: size.height - 2 * size.margin };
  const x = (index: number) =>
    round(size.margin + (points.length > 1 ? (index / (points.length - 1)) * inner.width : inner.width / 2));
  const y = (value: number) =>
    round(
      size.margin + (high === low ? inner.height / 2 : inner.height - ((value - low) / span) * inner.height),
    );
  const line = (coordinates: { x: number; y: number }[]) =>
    coordinates.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ');
  const dots = points.flatMap((point, index) =>
    point.value === null ? [] : [{ x: x(index), y: y(point.value) }],
  );
  const steps = points.flatMap((point, index) => {
    if (point.target === null) return [];
    const next = index < points.length - 1 ? x(index + 1) : x(index);
    return [
      { x: x(index), y: y(point.target) },
      { x: next, y: y(point.target) },
    ];
  });
  return { valuePath: line(dots), targetPath: line(steps), dots };
}
