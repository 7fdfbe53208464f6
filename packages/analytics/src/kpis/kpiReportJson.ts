import type { Difference, Estimate } from '@tropa/core';
import { KPI_TYPES } from '@tropa/core';
import { z } from 'zod';
import type { KpiReport } from './kpiTypes.ts';

/** A number that is missing when there is no data (NaN is written as null). */
const Maybe = z.number().nullable();
const Count = z.number().int().nonnegative();

const EstimateJson = z
  .object({ n: Count, value: Maybe, low: Maybe, high: Maybe, weak: z.boolean() })
  .describe('A figure with its 95% interval and sample size; weak when n is below the minimum (30).');
const DifferenceJson = z
  .object({ delta: Maybe, low: Maybe, high: Maybe, p: Maybe, weak: z.boolean() })
  .describe('later − earlier, its 95% interval and two-sided p.');
const Better = z.enum(['higher', 'lower']);

/** The KPI report as JSON: the section `tropa analyze` and the server can embed. Definitions: kpis/README.md. */
export const KpiReportJson = z.object({
  periodKind: z.enum(['half-year', 'quarter', 'month']),
  periods: z.array(z.object({ key: z.string(), start: z.string(), end: z.string() })),
  segmentBy: z.string().nullable(),
  kpis: z.array(
    z.object({
      kpi: z.string(),
      type: z.enum(KPI_TYPES),
      name: z.string().nullable(),
      stage: z.string().nullable(),
      touchpoint: z.string().nullable(),
      unit: z.enum(['points', 'share', 'score', 'hours', 'per-case']),
      better: Better,
      target: z.number().nullable(),
      overall: EstimateJson,
      latest: z.object({ period: z.string(), estimate: EstimateJson }).nullable(),
      meetsTarget: z.boolean().nullable(),
      periods: z.array(z.object({ period: z.string(), estimate: EstimateJson })),
      change: z.object({ from: z.string(), to: z.string(), difference: DifferenceJson }).nullable(),
      segments: z.array(z.object({ segment: z.string(), estimate: EstimateJson })),
    }),
  ),
  skipped: z.array(
    z.object({ kpi: z.string(), reason: z.string(), message: z.object({ en: z.string(), ru: z.string() }) }),
  ),
  improvements: z.array(
    z.object({
      improvement: z.string(),
      title: z.string(),
      kpi: z.string(),
      doneAt: z.string(),
      windowDays: Count,
      before: EstimateJson,
      after: EstimateJson,
      difference: DifferenceJson,
      expected: z.number().nullable(),
      better: Better,
      verdict: z.enum(['improved', 'worsened', 'no-significant-change', 'insufficient-data']),
    }),
  ),
  surveys: z.array(
    z.object({
      scope: z.enum(['all', 'stage', 'touchpoint', 'segment']),
      group: z.string(),
      period: z.string(),
      nps: EstimateJson,
      csat: EstimateJson,
      ces: EstimateJson,
    }),
  ),
});
export type KpiReportJson = z.infer<typeof KpiReportJson>;

const maybe = (x: number) => (Number.isFinite(x) ? x : null);
const estimate = (e: Estimate) => ({
  n: e.n,
  value: maybe(e.value),
  low: maybe(e.low),
  high: maybe(e.high),
  weak: e.weak,
});
const difference = (d: Difference) => ({
  delta: maybe(d.delta),
  low: maybe(d.low),
  high: maybe(d.high),
  p: maybe(d.p),
  weak: d.weak,
});

/** The report with NaN written as null, ready for JSON. */
export function toKpiReportJson(report: KpiReport): KpiReportJson {
  return {
    ...report,
    kpis: report.kpis.map((k) => ({
      ...k,
      overall: estimate(k.overall),
      latest: k.latest ? { period: k.latest.period, estimate: estimate(k.latest.estimate) } : null,
      periods: k.periods.map((p) => ({ period: p.period, estimate: estimate(p.estimate) })),
      change: k.change ? { ...k.change, difference: difference(k.change.difference) } : null,
      segments: k.segments.map((s) => ({ segment: s.segment, estimate: estimate(s.estimate) })),
    })),
    improvements: report.improvements.map((i) => ({
      ...i,
      before: estimate(i.before),
      after: estimate(i.after),
      difference: difference(i.difference),
    })),
    surveys: report.surveys.map((s) => ({
      ...s,
      nps: estimate(s.nps),
      csat: estimate(s.csat),
      ces: estimate(s.ces),
    })),
  };
}
