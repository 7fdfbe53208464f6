import type { KpiQuery, KpiReport } from '../kpis/kpiTypes.ts';
import type { JourneyRules } from '../mapping/journeyRules.ts';

/**
 * Analytics queries as a `kind`-tagged union. Every engine answers every kind with the result
 * type named in `QueryResults`; the contract suite (contract.ts) checks that they agree.
 */

/** Basic size of a dataset. */
export interface StatsQuery {
  kind: 'stats';
}
export interface StatsResult {
  cases: number;
  events: number;
  activities: number;
  channels: number;
  /** ISO timestamps (UTC) of the first and last event; null for an empty dataset. */
  firstEventAt: string | null;
  lastEventAt: string | null;
}

/** The level the graph's nodes are at: raw activities, or the map's touchpoints / stages. */
export type GraphLevel = 'activity' | 'touchpoint' | 'stage';

/** Directly-follows graph: for each pair of consecutive events of a case, counts and times. */
export interface DfgQuery {
  kind: 'dfg';
  level?: GraphLevel;
  /** Needed for the touchpoint and stage levels. */
  journey?: JourneyRules;
}
export interface DfgEdge {
  from: string;
  to: string;
  count: number;
  meanSeconds: number;
  medianSeconds: number;
  p90Seconds: number;
}
export interface NodeCount {
  name: string;
  count: number;
}
export interface DfgResult {
  level: GraphLevel;
  /** Events per node; a node's total equals its outgoing edges plus the cases ending at it. */
  nodes: NodeCount[];
  edges: DfgEdge[];
  startActivities: NodeCount[];
  endActivities: NodeCount[];
}

/** Variants: distinct activity sequences of cases, the most frequent first. */
export interface VariantsQuery {
  kind: 'variants';
  top: number;
}
export interface Variant {
  activities: string[];
  count: number;
  share: number;
}
export interface VariantsResult {
  /** Number of cases. */
  total: number;
  distinct: number;
  top: Variant[];
  /** Share of cases the top variants cover. */
  coverage: number;
  /** Everything outside the top: how many variants and cases. */
  other: { variants: number; count: number; share: number };
}

/** How the map's touchpoint rules cover the events. */
export interface MappingQuery {
  kind: 'mapping';
  journey: JourneyRules;
}
export interface MappingResult {
  touchpoints: { id: string; stage: string; events: number; cases: number }[];
  matchedEvents: number;
  unmatchedEvents: number;
  /** Activities (with channel when present) no rule matched, most frequent first. */
  unmatched: { activity: string; channel: string | null; count: number }[];
}

/** Stage funnel in the map's order: cases reaching each stage after the previous one within a window. */
export interface FunnelQuery {
  kind: 'funnel';
  journey: JourneyRules;
  /** Maximum days from the first stage to each later one (default: no limit). */
  windowDays?: number;
  /** Break the funnel down by a case attribute (e.g. age_group). */
  segmentBy?: string;
}
export interface FunnelStep {
  stage: string;
  cases: number;
  /** Share of the first step's cases. */
  conversion: number;
  /** Share of the previous step's cases. */
  stepConversion: number;
}
export interface FunnelResult {
  windowDays: number | null;
  steps: FunnelStep[];
  segments: { segment: string; steps: FunnelStep[] }[];
}

/** Drop-off: cases whose last stage is S and with no event for `churnAfterDays` before the data's end. */
export interface DropOffQuery {
  kind: 'dropoff';
  journey: JourneyRules;
  churnAfterDays?: number;
}
export interface DropOffStage {
  stage: string;
  /** Cases whose last mapped event is in this stage. */
  lastStageCases: number;
  quit: number;
  /** quit / cases that reached the stage. */
  rate: number;
  reached: number;
  lastTouchpoints: NodeCount[];
  lastChannels: NodeCount[];
}
export interface DropOffResult {
  churnAfterDays: number;
  dataEnd: string | null;
  stages: DropOffStage[];
}

/** Time from the first event of one stage to the first event of the next, in map order. */
export interface StageTimesQuery {
  kind: 'stageTimes';
  journey: JourneyRules;
}
export interface StageTime {
  from: string;
  to: string;
  n: number;
  p25Seconds: number;
  medianSeconds: number;
  p75Seconds: number;
  p90Seconds: number;
}
export interface StageTimesResult {
  transitions: StageTime[];
}

/** Channel switches between consecutive events of a case, and repeat contacts. */
export interface ChannelsQuery {
  kind: 'channels';
  journey?: JourneyRules;
  repeatWindowHours?: number;
  /** A case attribute to show the channel mix by. */
  segmentBy?: string;
}
export interface ChannelsResult {
  repeatWindowHours: number;
  channels: NodeCount[];
  /** from-channel → to-channel counts over consecutive events (including staying). */
  matrix: { from: string; to: string; count: number }[];
  transitions: number;
  switches: number;
  /** Per stage (with a map): transitions inside the stage, switches and repeat contacts. */
  stages: {
    stage: string;
    transitions: number;
    switches: number;
    switchRate: number;
    repeatContacts: number;
  }[];
  mix: { segment: string; channel: string; count: number; share: number }[];
}

/** A breakdown by a case attribute with significance tests (segment vs the rest, Benjamini–Hochberg). */
export interface SegmentsQuery {
  kind: 'segments';
  journey: JourneyRules;
  attribute: string;
  churnAfterDays?: number;
  /** Figures on fewer cases are flagged weak (default 30). */
  minN?: number;
}
export interface SegmentTest {
  segment: string;
  /** `conversion:<stage>` (share of the segment reaching it), `quit`, or `time:<from>-><to>`. */
  metric: string;
  value: number;
  rest: number;
  n: number;
  p: number;
  /** Benjamini–Hochberg adjusted p over every test of the breakdown. */
  q: number;
  significant: boolean;
  weak: boolean;
  test: 'two-proportion-z' | 'mann-whitney-u';
}
export interface SegmentsResult {
  attribute: string;
  segments: {
    segment: string;
    cases: number;
    reached: number[];
    quit: number;
    medianStageSeconds: (number | null)[];
  }[];
  tests: SegmentTest[];
}

/** Drivers of drop-off: what quitters saw more (or less) often than those who stayed. */
export interface DriversQuery {
  kind: 'drivers';
  churnAfterDays?: number;
  /** Case attributes to test (each value is a factor); activities and channels are always tested. */
  attributes?: string[];
  minN?: number;
}
export interface Driver {
  kind: 'activity' | 'channel' | 'attribute';
  /** `activity name`, `channel name` or `attribute=value`. */
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
export interface DriversResult {
  churnAfterDays: number;
  quitCases: number;
  stayedCases: number;
  drivers: Driver[];
}

/** Survey answers summed per group, ready for core's NPS / CSAT / CES formulas. */
export interface SurveyScoresQuery {
  kind: 'surveyScores';
  groupBy: 'none' | 'stage' | 'touchpoint';
}
export interface SurveyScoresResult {
  /** false when the dataset has no surveys. */
  present: boolean;
  groups: {
    group: string | null;
    nps: { promoters: number; passives: number; detractors: number };
    csat: { satisfied: number; n: number };
    ces: { n: number; mean: number; sd: number };
  }[];
}

export type Query =
  | StatsQuery
  | DfgQuery
  | VariantsQuery
  | MappingQuery
  | FunnelQuery
  | DropOffQuery
  | StageTimesQuery
  | ChannelsQuery
  | SegmentsQuery
  | DriversQuery
  | SurveyScoresQuery
  | KpiQuery;

/** The result type of each query kind. */
export interface QueryResults {
  stats: StatsResult;
  dfg: DfgResult;
  variants: VariantsResult;
  mapping: MappingResult;
  funnel: FunnelResult;
  dropoff: DropOffResult;
  stageTimes: StageTimesResult;
  channels: ChannelsResult;
  segments: SegmentsResult;
  drivers: DriversResult;
  surveyScores: SurveyScoresResult;
  /** The map's KPIs by period, segment and improvement (packages/analytics/src/kpis). */
  kpis: KpiReport;
}

export type QueryKind = Query['kind'];
export type ResultOf<Q extends Query> = QueryResults[Q['kind']];
