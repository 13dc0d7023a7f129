// What the benchmarks share: one line per measurement, median and p90 of the runs.
export function report(label: string, ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const p = (q: number) =>
    (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number).toFixed(1);
  console.log(`${label.padEnd(34)} median ${p(0.5)} ms   p90 ${p(0.9)} ms   (${sorted.length} runs)`);
}
