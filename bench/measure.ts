/**
 * One measured step: wall time, the process's CPU time (all threads; what load on a shared machine does
 * not inflate), throughput and the highest resident memory seen while it ran.
 */
export interface Measurement {
  seconds: number;
  cpuSeconds: number;
  rowsPerSecond: number;
  peakMb: number;
}

/**
 * Runs `work` and samples the process's resident memory every 10 ms (DuckDB's native memory is part of
 * it, and its threads leave the event loop free to sample).
 */
export async function measure<T>(
  rows: number,
  work: () => Promise<T>,
): Promise<{ result: T; m: Measurement }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  try {
    const result = await work();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, m: { seconds, cpuSeconds, rowsPerSecond: rows / seconds, peakMb: peak / 2 ** 20 } };
  } finally {
    clearInterval(timer);
  }
}

export interface Row {
  step: string;
  m: Measurement;
  baseline?: Measurement;
  target?: number;
  same?: boolean;
}

const fmt = (x: number, digits = 2) => x.toFixed(digits);

/** The results as a plain-text table: our time beside the baseline's and the ratio, and the target. */
export function table(rows: Row[]): string {
  const head = [
    'step',
    'time s',
    'cpu s',
    'rows/s',
    'peak MB',
    'baseline s',
    'base peak MB',
    'speed-up',
    'same',
    'target s',
    'ok',
  ];
  const body = rows.map((r) => [
    r.step,
    fmt(r.m.seconds, 3),
    fmt(r.m.cpuSeconds, 2),
    Math.round(r.m.rowsPerSecond).toLocaleString('en-US'),
    fmt(r.m.peakMb, 0),
    r.baseline ? fmt(r.baseline.seconds, 3) : '—',
    r.baseline ? fmt(r.baseline.peakMb, 0) : '—',
    r.baseline ? `${fmt(r.baseline.seconds / r.m.seconds, 1)}×` : '—',
    r.same === undefined ? '—' : r.same ? 'yes' : 'NO',
    r.target === undefined ? '—' : fmt(r.target, r.target < 1 ? 3 : 1),
    r.target === undefined ? '—' : r.m.seconds <= r.target ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
