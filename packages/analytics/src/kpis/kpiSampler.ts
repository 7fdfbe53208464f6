import type { Journey } from '@tropa/core';
import type { TimeBucket } from './buckets.ts';
import type { SampleTable } from './samples.ts';

/** Which survey answers count: those tagged with a stage (directly or through their touchpoint) or a touchpoint. */
export interface SurveyFilter {
  stage?: string;
  touchpoint?: string;
}

export type SurveyGrouping = 'none' | 'stage' | 'touchpoint';

/** NPS, CSAT and CES sample tables per group (stage, touchpoint, or null for all answers). */
export type SurveyTables = Map<string | null, { nps: SampleTable; csat: SampleTable; ces: SampleTable }>;

interface Bucketed {
  buckets: readonly TimeBucket[];
  segmentBy?: string;
}

/**
 * Where a KPI run reads its samples: each engine answers these in its own SQL (kpis/sql/ for DuckDB,
 * clickhouse/kpiSampler.ts for ClickHouse), and the KPI formulas stay in one place. Stage and touchpoint
 * numbers are indexes in the map's rules (journeyRules). Definitions: kpis/README.md.
 */
export interface KpiSampler {
  hasSurveys(): Promise<boolean>;
  /** First and last time (UTC ISO, seconds) of the events and survey answers; null for an empty dataset. */
  dataSpan(withSurveys: boolean): Promise<{ first: string; last: string } | null>;
  surveys(
    journey: Journey,
    o: Bucketed & { filter?: SurveyFilter; groupBy?: SurveyGrouping },
  ): Promise<SurveyTables>;
  /** Hours from a case's first event in `fromStage` to its first event in `toStage` at or after it. */
  stageDurations(o: Bucketed & { fromStage: number; toStage: number }): Promise<SampleTable>;
  /** Hours from each `from` event to the first `to` event strictly after it in the same case. */
  pairDurations(o: Bucketed & { pairs: readonly { from: string; to: string }[] }): Promise<SampleTable>;
  /** Share of the cases whose first event in `fromStage` is in a bucket that reach `toStage` within the window. */
  cohorts(
    o: Bucketed & { fromStage: number; toStage: number; windowDays: number; strictlyAfter?: boolean },
  ): Promise<SampleTable>;
  /** Events at contact touchpoints per case active in the stage, per bucket. */
  support(o: Bucketed & { stage: number; contactTouchpoints: readonly number[] }): Promise<SampleTable>;
  /** Releases what the sampler prepared (a mapped-events table). */
  close(): Promise<void>;
}
