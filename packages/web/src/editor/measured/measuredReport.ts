// The parts of the analytics report (packages/analytics, `AnalysisReport`) the editor's measured layer reads.
// web may not import analytics, so the shapes relied on here are written out; the server validates the rest.

/** A figure with its sample size and 95% interval; `weak` below the minimum n (or without data). */
export interface MeasuredEstimate {
  n: number;
  value: number | null;
  low: number | null;
  high: number | null;
  weak: boolean;
}

export interface MeasuredDifference {
  delta: number | null;
  low: number | null;
  high: number | null;
  p: number | null;
  weak: boolean;
}

export type KpiUnit = 'points' | 'share' | 'score' | 'hours' | 'per-case';

export interface MeasuredKpi {
  kpi: string;
  unit: KpiUnit;
  better: 'higher' | 'lower';
  target: number | null;
  overall: MeasuredEstimate;
  /** Judged on the latest period with data (its key is `change.to`, or the last period). */
  meetsTarget: boolean | null;
  periods: { period: string; estimate: MeasuredEstimate }[];
  change: { from: string; to: string; difference: MeasuredDifference } | null;
}

export interface UnmappedActivity {
  activity: string;
  channel: string | null;
  count: number;
}

export interface MeasuredReport {
  stats: { cases: number; events: number; firstEventAt: string | null; lastEventAt: string | null };
  journey?: {
    stages: { id: string; name: string }[];
    mapping: { matchedEvents: number; unmatchedEvents: number; unmatched: UnmappedActivity[] };
    dropOff: {
      churnAfterDays: number;
      stages: { stage: string; reached: number; quit: number; rate: number }[];
    };
    stageTimes: { from: string; to: string; n: number; medianSeconds: number }[];
  };
  emotion?: {
    minN: number;
    stages: { stage: string; designed: number | null; measured: MeasuredEstimate }[];
  };
  kpis?: { kpis: MeasuredKpi[] };
}

/** Below this n a figure is weak (DESIGN.md's default), where the report does not say it itself. */
export const MIN_N = 30;
