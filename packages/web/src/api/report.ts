// The parts of the analytics report (packages/analytics, `AnalysisReport`) the insights screen reads.
// web may not import analytics, so the shapes it relies on are written here; the server validates the rest.

/** A figure with its sample size and 95% interval; `weak` below the minimum n. */
export interface Estimate {
  n: number;
  value: number | null;
  low: number | null;
  high: number | null;
  weak: boolean;
}

export interface FunnelStep {
  stage: string;
  cases: number;
  conversion: number;
  stepConversion: number;
}

export interface StageDropOff {
  stage: string;
  reached: number;
  quit: number;
  rate: number;
  lastTouchpoints: { name: string; count: number }[];
}

export interface StageTime {
  from: string;
  to: string;
  n: number;
  medianSeconds: number;
  p25Seconds: number;
  p75Seconds: number;
}

export interface Report {
  stats: {
    cases: number;
    events: number;
    activities: number;
    channels: number;
    firstEventAt: string | null;
    lastEventAt: string | null;
    surveys: number;
    feedback: number;
  };
  journey?: {
    stages: { id: string; name: string }[];
    mapping: {
      matchedEvents: number;
      unmatchedEvents: number;
      unmatched: { activity: string; count: number }[];
    };
    funnel: { steps: FunnelStep[] };
    dropOff: { churnAfterDays: number; stages: StageDropOff[] };
    stageTimes: StageTime[];
  };
  surveyKpis?: { scope: string; nps: Estimate; csat: Estimate; ces: Estimate }[];
  emotion?: { minN: number; stages: { stage: string; designed: number | null; measured: Estimate }[] };
}
