import { z } from 'zod';
import { Difference, Estimate, Maybe } from './primitives.ts';

/** The map's KPIs as packages/analytics/src/kpis computes them (see its README for the definitions). */
export const KpiSection = z.object({
  periodKind: z.enum(['half-year', 'quarter', 'month']),
  periods: z.array(z.object({ key: z.string(), start: z.string(), end: z.string() })),
  segmentBy: z.string().nullable(),
  kpis: z.array(
    z.object({
      kpi: z.string(),
      type: z.string(),
      name: z.string().nullable(),
      stage: z.string().nullable(),
      touchpoint: z.string().nullable(),
      unit: z.enum(['points', 'share', 'score', 'hours', 'per-case']),
      better: z.enum(['higher', 'lower']),
      target: Maybe,
      overall: Estimate,
      meetsTarget: z.boolean().nullable(),
      periods: z.array(z.object({ period: z.string(), estimate: Estimate })),
      change: z.object({ from: z.string(), to: z.string(), difference: Difference }).nullable(),
      segments: z.array(z.object({ segment: z.string(), estimate: Estimate })),
    }),
  ),
  skipped: z.array(z.object({ kpi: z.string(), reason: z.string() })),
  improvements: z.array(
    z.object({
      improvement: z.string(),
      title: z.string(),
      kpi: z.string(),
      doneAt: z.string(),
      windowDays: z.number(),
      before: Estimate,
      after: Estimate,
      difference: Difference,
      expected: Maybe,
      better: z.enum(['higher', 'lower']),
      verdict: z.enum(['improved', 'worsened', 'no-significant-change', 'insufficient-data']),
    }),
  ),
  surveys: z.array(
    z.object({
      scope: z.enum(['all', 'stage', 'touchpoint', 'segment']),
      group: z.string(),
      period: z.string(),
      nps: Estimate,
      csat: Estimate,
      ces: Estimate,
    }),
  ),
});
