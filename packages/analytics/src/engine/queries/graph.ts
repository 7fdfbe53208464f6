import type { JourneyRules } from '../../mapping/journeyRules.ts';

/** Queries on the event log itself: size, directly-follows graph, variants. */

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
