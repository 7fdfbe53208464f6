import type { MeasuredEstimate } from './measuredReport.ts';

/** One measured point of the emotion lane, in the column of its stage. */
export interface CurvePoint {
  stage: string;
  column: number;
  value: number;
  /** The 95% interval, kept inside the −2..+2 scale. */
  low: number;
  high: number;
  n: number;
  weak: boolean;
}

const clamp = (v: number) => Math.max(-2, Math.min(2, v));

/**
 * The measured emotion per column of the map, split into runs of neighbouring stages with data: a line and
 * its band are drawn per run, never across a stage the data says nothing about.
 */
export function curveRuns(
  stageIds: readonly string[],
  measured: readonly { stage: string; measured: MeasuredEstimate }[],
): CurvePoint[][] {
  const runs: CurvePoint[][] = [];
  let run: CurvePoint[] = [];
  stageIds.forEach((stage, column) => {
    const m = measured.find((s) => s.stage === stage)?.measured;
    if (!m || m.value === null || m.n === 0) {
      if (run.length > 0) runs.push(run);
      run = [];
      return;
    }
    const value = clamp(m.value);
    run.push({
      stage,
      column,
      value,
      low: clamp(m.low ?? m.value),
      high: clamp(m.high ?? m.value),
      n: m.n,
      weak: m.weak,
    });
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/** An SVG polygon around a run: the upper edge left to right, then the lower edge back. */
export function bandPoints(
  run: readonly CurvePoint[],
  x: (column: number) => number,
  y: (v: number) => number,
) {
  const upper = run.map((p) => `${x(p.column)},${y(p.high)}`);
  const lower = [...run].reverse().map((p) => `${x(p.column)},${y(p.low)}`);
  return [...upper, ...lower].join(' ');
}
