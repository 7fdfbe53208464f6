import type { JourneyRules } from '../../mapping/journeyRules.ts';

/** Statistical queries: segment breakdowns, drivers of drop-off, survey scores. */

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
