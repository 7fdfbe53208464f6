export { ALL_TIME, beforeAfterBuckets, periodBuckets, type TimeBucket } from './buckets.ts';
export { computeKpis } from './computeKpis.ts';
export type {
  ImprovementImpact,
  KpiFigure,
  KpiQuery,
  KpiReport,
  KpiUnit,
  SurveyFigures,
} from './kpiTypes.ts';
export { runKpiQuery } from './runKpiQuery.ts';
