import type { JourneyRules } from '../../mapping/journeyRules.ts';
import type { NodeCount } from './graph.ts';

/** Queries that read the log through a journey map's touchpoint rules. */

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
