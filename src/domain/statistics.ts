// Figures for the steering group: medians and 90th percentiles of waiting and answer times.
// Percentiles interpolate linearly between ranks, the same definition as PostgreSQL's
// percentile_cont, so a figure computed in SQL and in code agree.

export function percentile(values: readonly number[], fraction: number): number | null {
  if (values.length === 0) return null;
  if (fraction < 0 || fraction > 1) throw new RangeError('fraction must be within 0..1');
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * fraction;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (position - lower);
}

export function countBy<T>(
  items: readonly T[],
  key: (item: T) => string | null | undefined,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const k = key(item);
    if (k == null) continue;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}
