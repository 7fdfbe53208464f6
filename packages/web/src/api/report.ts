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
  p90Seconds: number;
}

export interface NodeCount {
  name: string;
  count: number;
}

/** Channel switches: consecutive events of a case; a repeat contact is a switch within the window in one stage. */
export interface ChannelSection {
  repeatWindowHours: number;
  channels: NodeCount[];
  /** from × to counts of consecutive events; from = to is staying on the channel. */
  matrix: { from: string; to: string; count: number }[];
  transitions: number;
  switches: number;
  stages: {
    stage: string;
    transitions: number;
    switches: number;
    switchRate: number;
    repeatContacts: number;
  }[];
}

/** One attribute's segments (`&segment=ATTR`) and the tests of each segment against the rest. */
export interface SegmentBreakdown {
  attribute: string;
  segments: {
    segment: string;
    cases: number;
    /** Cases reaching each stage, in the map's order. */
    reached: number[];
    quit: number;
    /** Median time between consecutive stages (one fewer than the stages); null without data. */
    medianStageSeconds: (number | null)[];
  }[];
  tests: SegmentTest[];
}

export interface SegmentTest {
  segment: string;
  /** `conversion:<stage>`, `quit` or `time:<from>-><to>`. */
  metric: string;
  value: number;
  rest: number;
  n: number;
  p: number;
  /** Benjamini–Hochberg adjusted p. */
  q: number;
  significant: boolean;
  weak: boolean;
  test: 'two-proportion-z' | 'mann-whitney-u';
}

/** A difference between two estimates with its interval and p. */
export interface Difference {
  delta: number | null;
  low: number | null;
  high: number | null;
  p: number | null;
  weak: boolean;
}

export type KpiUnit = 'points' | 'share' | 'score' | 'hours' | 'per-case';

export interface KpiSeries {
  kpi: string;
  type: string;
  name: string | null;
  stage: string | null;
  unit: KpiUnit;
  better: 'higher' | 'lower';
  target: number | null;
  overall: Estimate;
  /** The last period with data: where the KPI stands now. */
  latest: { period: string; estimate: Estimate } | null;
  /** Whether the latest period meets the target; null without a target or data. */
  meetsTarget: boolean | null;
  periods: { period: string; estimate: Estimate }[];
}

export interface ImprovementEffect {
  improvement: string;
  title: string;
  kpi: string;
  doneAt: string;
  windowDays: number;
  before: Estimate;
  after: Estimate;
  difference: Difference;
  better: 'higher' | 'lower';
  verdict: 'improved' | 'worsened' | 'no-significant-change' | 'insufficient-data';
}

export interface KpiSection {
  periodKind: 'half-year' | 'quarter' | 'month';
  periods: { key: string; start: string; end: string }[];
  kpis: KpiSeries[];
  improvements: ImprovementEffect[];
}

export type Tally = { id: string; count: number }[];

export interface FeedbackTheme {
  id: string;
  label: string;
  phrases: string[];
  count: number;
  negativeShare: number;
  meanScore: number;
  stages: Tally;
  quotes: string[];
}

export interface PainCandidate {
  themeId: string;
  label: string;
  score: number;
  count: number;
  negativeShare: number;
  detractorLift: number | null;
  stage: string | null;
  quotes: string[];
}

/** Feedback and survey comments: sentiment, themes, pain candidates, "had to repeat" mentions. */
export interface TextSection {
  n: number;
  sentiment: { negative: number; neutral: number; positive: number; meanScore: number };
  themes: FeedbackTheme[];
  pains: PainCandidate[];
  repeats: { count: number; share: number; channels: Tally; stages: Tally; phrases: Tally; quotes: string[] };
}

export interface DropOffDriver {
  kind: 'activity' | 'channel' | 'attribute';
  factor: string;
  quitExposed: number;
  quitNotExposed: number;
  stayedExposed: number;
  stayedNotExposed: number;
  oddsRatio: number;
  low: number;
  high: number;
  p: number;
  q: number;
  weak: boolean;
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
    channels: ChannelSection;
  };
  segments?: SegmentBreakdown[];
  kpis?: KpiSection;
  text?: TextSection;
  drivers?: { churnAfterDays: number; quitCases: number; stayedCases: number; drivers: DropOffDriver[] };
  surveyKpis?: { scope: string; nps: Estimate; csat: Estimate; ces: Estimate }[];
  emotion?: { minN: number; stages: { stage: string; designed: number | null; measured: Estimate }[] };
}
