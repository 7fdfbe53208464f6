import type { Difference, Estimate, Journey, KpiType, Localized, PeriodKind } from '@tropa/core';
import type { TimeBucket } from './buckets.ts';

/**
 * The KPI query: every KPI of a journey map computed on a dataset, by period and segment, with
 * period-over-period change and the before/after impact of done improvements. Meant to join the engine's
 * `Query` union as `kind: 'kpis'` (see runKpiQuery).
 */
export interface KpiQuery {
  kind: 'kpis';
  journey: Journey;
  /** Calendar periods to show (default half-years, the review cadence). */
  periodKind?: PeriodKind;
  /** A case attribute (region, segment…) to break every KPI down by. */
  segmentBy?: string;
  /** Figures on fewer observations are weak (default: the KPI's own `minN`, else 30). */
  minN?: number;
  /** Days before and after an improvement's done date compared for its impact (default 180). */
  improvementWindowDays?: number;
  /** conversion: the later stage must be reached within this many days (default 90). */
  conversionWindowDays?: number;
  /** repeat-deal: a repeat must come within this many days of the first deal (default 365). */
  repeatWindowDays?: number;
}

/** How a KPI's value reads. */
export type KpiUnit = 'points' | 'share' | 'score' | 'hours' | 'per-case';

/** One KPI of the map with its evidence. */
export interface KpiFigure {
  kpi: string;
  type: KpiType;
  name: string | null;
  stage: string | null;
  touchpoint: string | null;
  unit: KpiUnit;
  better: 'higher' | 'lower';
  target: number | null;
  /** Over all the data. */
  overall: Estimate;
  /** The last period with data: where the KPI stands now (it may be a period still running). */
  latest: { period: string; estimate: Estimate } | null;
  /** Whether the latest period meets the target; null without a target or data. */
  meetsTarget: boolean | null;
  periods: { period: string; estimate: Estimate }[];
  /** The last period with data against the one before it that has data. */
  change: { from: string; to: string; difference: Difference } | null;
  /** Over all the data, per value of `segmentBy`. */
  segments: { segment: string; estimate: Estimate }[];
}

/** Before and after an improvement, on the KPI it should move. */
export interface ImprovementImpact {
  improvement: string;
  title: string;
  kpi: string;
  doneAt: string;
  windowDays: number;
  before: Estimate;
  after: Estimate;
  /** after − before, with its interval and p. */
  difference: Difference;
  expected: number | null;
  better: 'higher' | 'lower';
  /** At p < 0.05 in the direction the KPI should move: improved; the other way: worsened. */
  verdict: 'improved' | 'worsened' | 'no-significant-change' | 'insufficient-data';
}

/** NPS, CSAT and CES of one group of survey answers in one period (`all` for the whole data). */
export interface SurveyFigures {
  scope: 'all' | 'stage' | 'touchpoint' | 'segment';
  group: string;
  period: string;
  nps: Estimate;
  csat: Estimate;
  ces: Estimate;
}

/** The result of a KPI query. Estimates of empty samples carry NaN (null in JSON) and are weak. */
export interface KpiReport {
  periodKind: PeriodKind;
  periods: TimeBucket[];
  segmentBy: string | null;
  kpis: KpiFigure[];
  /** KPIs of the map that could not be computed from this dataset, and why (`reason` in English, `message` in both). */
  skipped: { kpi: string; reason: string; message: Localized }[];
  improvements: ImprovementImpact[];
  surveys: SurveyFigures[];
}
