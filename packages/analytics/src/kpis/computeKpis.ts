import { DEFAULT_BETTER, DEFAULT_PERIOD_KIND, type EstimateOptions, type Kpi } from '@tropa/core';
import { journeyRules } from '../mapping/journeyRules.ts';
import { ALL_TIME, beforeAfterBuckets, periodBuckets, type TimeBucket } from './buckets.ts';
import { improvementImpacts } from './improvementImpact.ts';
import { type KpiMeasure, kpiMeasure } from './kpiMeasures.ts';
import type { KpiSampler } from './kpiSampler.ts';
import type { KpiFigure, KpiQuery, KpiReport } from './kpiTypes.ts';
import {
  compareSamples,
  emptySample,
  estimateOf,
  type Sample,
  type SampleTable,
  sampleSize,
} from './samples.ts';
import { surveyFigures } from './surveyFigures.ts';

const DEFAULT_IMPROVEMENT_WINDOW_DAYS = 180;

/** The sample of a bucket and segment, or an empty one. */
export function sampleAt(table: SampleTable, kind: Sample['kind'], bucket: string, segment = ''): Sample {
  return table.get(bucket)?.get(segment) ?? emptySample(kind);
}

function figure(
  kpi: Kpi,
  measure: KpiMeasure,
  table: SampleTable,
  segmented: SampleTable | null,
  periods: TimeBucket[],
  opts: EstimateOptions,
): KpiFigure {
  const overall = estimateOf(sampleAt(table, measure.kind, ALL_TIME.key), opts);
  const better = kpi.better ?? DEFAULT_BETTER[kpi.type];
  const withData = periods.filter((p) => sampleSize(sampleAt(table, measure.kind, p.key)) > 0);
  const [previous, last] = withData.length >= 2 ? withData.slice(-2) : [undefined, withData[0]];
  const latest = last ? estimateOf(sampleAt(table, measure.kind, last.key), opts) : undefined;
  return {
    kpi: kpi.id,
    type: kpi.type,
    name: kpi.name ?? null,
    stage: kpi.stage ?? null,
    touchpoint: kpi.touchpoint ?? null,
    unit: measure.unit,
    better,
    target: kpi.target ?? null,
    overall,
    latest: last && latest ? { period: last.key, estimate: latest } : null,
    meetsTarget:
      kpi.target === undefined || !latest
        ? null
        : better === 'higher'
          ? latest.value >= kpi.target
          : latest.value <= kpi.target,
    periods: periods.map((p) => ({
      period: p.key,
      estimate: estimateOf(sampleAt(table, measure.kind, p.key), opts),
    })),
    change:
      previous && last
        ? {
            from: previous.key,
            to: last.key,
            difference: compareSamples(
              sampleAt(table, measure.kind, previous.key),
              sampleAt(table, measure.kind, last.key),
              opts,
            ),
          }
        : null,
    segments: [...(segmented?.get(ALL_TIME.key) ?? new Map<string, Sample>())]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([segment, sample]) => ({ segment, estimate: estimateOf(sample, opts) })),
  };
}

/**
 * Computes every KPI of the map on a dataset: overall, per calendar period (half-years by default), per
 * segment, the change between the last two periods with data, and the before/after impact of done
 * improvements; plus NPS/CSAT/CES of the surveys per stage, touchpoint and period.
 * Samples come from the engine's `KpiSampler`.
 * @example computeKpis(duckDbKpiSampler(conn, journeyRules(journey)), { kind: 'kpis', journey, segmentBy: 'region' })
 */
export async function computeKpis(sampler: KpiSampler, query: KpiQuery): Promise<KpiReport> {
  const { journey } = query;
  const periodKind = query.periodKind ?? DEFAULT_PERIOD_KIND;
  const hasSurveys = await sampler.hasSurveys();
  const span = await sampler.dataSpan(hasSurveys);
  const periods = span ? periodBuckets(periodKind, span.first, span.last) : [];
  const report: KpiReport = {
    periodKind,
    periods,
    segmentBy: query.segmentBy ?? null,
    kpis: [],
    skipped: [],
    improvements: [],
    surveys: [],
  };
  if (!span) return report;
  const rules = journeyRules(journey);
  const windowDays = query.improvementWindowDays ?? DEFAULT_IMPROVEMENT_WINDOW_DAYS;
  const tables = new Map<string, { measure: KpiMeasure; table: SampleTable }>();
  for (const kpi of journey.kpis) {
    const measure = kpiMeasure(kpi, { sampler, journey, rules, hasSurveys, query });
    if ('skip' in measure) {
      report.skipped.push({ kpi: kpi.id, reason: measure.skip.en, message: measure.skip });
      continue;
    }
    const impactBuckets = journey.improvements
      .filter((i) => i.kpi === kpi.id && i.status === 'done' && i.doneAt)
      .flatMap((i) => beforeAfterBuckets(i.id, i.doneAt as string, windowDays));
    const opts = { minN: query.minN ?? kpi.minN ?? 30 };
    const table = await measure.fetch([ALL_TIME, ...periods, ...impactBuckets]);
    const segmented = query.segmentBy ? await measure.fetch([ALL_TIME], query.segmentBy) : null;
    tables.set(kpi.id, { measure, table });
    report.kpis.push(figure(kpi, measure, table, segmented, periods, opts));
  }
  report.improvements = improvementImpacts(journey, tables, windowDays, query.minN);
  if (hasSurveys) report.surveys = await surveyFigures(sampler, journey, periods, query);
  return report;
}
