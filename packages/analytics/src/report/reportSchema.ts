import { z } from 'zod';

/**
 * The JSON `tropa analyze` writes: a versioned, documented schema (packages/analytics/README.md).
 * This zod schema is its single source; the TypeScript type is inferred from it.
 */
export const REPORT_SCHEMA_VERSION = 1;

const Count = z.number().int().nonnegative();
const Seconds = z.number();
/** A number that may be missing when there is no data (NaN is written as null). */
const Maybe = z.number().nullable();

const NodeCount = z.object({ name: z.string(), count: Count });
const Edge = z.object({
  from: z.string(),
  to: z.string(),
  count: Count,
  meanSeconds: Seconds,
  medianSeconds: Seconds,
  p90Seconds: Seconds,
});
const Graph = z.object({ nodes: z.array(NodeCount), edges: z.array(Edge) });

const FunnelStep = z.object({
  stage: z.string(),
  cases: Count,
  conversion: z.number(),
  stepConversion: z.number(),
});

const Estimate = z.object({ n: Count, value: Maybe, low: Maybe, high: Maybe, weak: z.boolean() });
const Difference = z.object({ delta: Maybe, low: Maybe, high: Maybe, p: Maybe, weak: z.boolean() });

/** The map's KPIs as packages/analytics/src/kpis computes them (see its README for the definitions). */
const KpiSection = z.object({
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

export const AnalysisReport = z.object({
  schema: z.literal('tropa.analysis'),
  version: z.literal(REPORT_SCHEMA_VERSION),
  generatedAt: z.string().describe('ISO time the report was made.'),
  source: z.object({
    events: z.string(),
    surveys: z.string().optional(),
    feedback: z.string().optional(),
    mapping: z.record(z.string(), z.string()).describe('Our field → the source column it came from.'),
  }),
  stats: z.object({
    cases: Count,
    events: Count,
    activities: Count,
    channels: Count,
    firstEventAt: z.string().nullable(),
    lastEventAt: z.string().nullable(),
    surveys: Count,
    feedback: Count,
  }),
  dfg: Graph.describe('Directly-follows graph of activities; times in seconds.'),
  startActivities: z.record(z.string(), Count).describe('Activity → cases starting with it.'),
  endActivities: z.record(z.string(), Count).describe('Activity → cases ending with it.'),
  variants: z.object({
    total: Count,
    distinct: Count,
    coverage: z.number(),
    top: z.array(z.object({ activities: z.array(z.string()), count: Count, share: z.number() })),
    other: z.object({ variants: Count, count: Count, share: z.number() }),
  }),
  journey: z
    .object({
      id: z.string(),
      title: z.string(),
      stages: z.array(z.object({ id: z.string(), name: z.string() })),
      mapping: z.object({
        touchpoints: z.array(z.object({ id: z.string(), stage: z.string(), events: Count, cases: Count })),
        matchedEvents: Count,
        unmatchedEvents: Count,
        unmatched: z.array(z.object({ activity: z.string(), channel: z.string().nullable(), count: Count })),
      }),
      touchpointGraph: Graph,
      stageGraph: Graph,
      funnel: z.object({ windowDays: z.number().nullable(), steps: z.array(FunnelStep) }),
      dropOff: z.object({
        churnAfterDays: z.number(),
        dataEnd: z.string().nullable(),
        stages: z.array(
          z.object({
            stage: z.string(),
            reached: Count,
            lastStageCases: Count,
            quit: Count,
            rate: z.number(),
            lastTouchpoints: z.array(NodeCount),
            lastChannels: z.array(NodeCount),
          }),
        ),
      }),
      stageTimes: z.array(
        z.object({
          from: z.string(),
          to: z.string(),
          n: Count,
          p25Seconds: Seconds,
          medianSeconds: Seconds,
          p75Seconds: Seconds,
          p90Seconds: Seconds,
        }),
      ),
      channels: z.object({
        repeatWindowHours: z.number(),
        channels: z.array(NodeCount),
        matrix: z.array(z.object({ from: z.string(), to: z.string(), count: Count })),
        transitions: Count,
        switches: Count,
        stages: z.array(
          z.object({
            stage: z.string(),
            transitions: Count,
            switches: Count,
            switchRate: z.number(),
            repeatContacts: Count,
          }),
        ),
        mix: z
          .array(z.object({ segment: z.string(), channel: z.string(), count: Count, share: z.number() }))
          .describe('Events per channel within each value of the first --segment attribute.'),
      }),
    })
    .optional()
    .describe('Present when a journey map was given.'),
  segments: z
    .array(
      z.object({
        attribute: z.string(),
        segments: z.array(
          z.object({
            segment: z.string(),
            cases: Count,
            reached: z.array(Count),
            quit: Count,
            medianStageSeconds: z.array(Maybe),
          }),
        ),
        tests: z.array(
          z.object({
            segment: z.string(),
            metric: z.string(),
            value: z.number(),
            rest: z.number(),
            n: Count,
            p: z.number(),
            q: z.number(),
            significant: z.boolean(),
            weak: z.boolean(),
            test: z.enum(['two-proportion-z', 'mann-whitney-u']),
          }),
        ),
      }),
    )
    .optional(),
  drivers: z
    .object({
      churnAfterDays: z.number(),
      quitCases: Count,
      stayedCases: Count,
      drivers: z.array(
        z.object({
          kind: z.enum(['activity', 'channel', 'attribute']),
          factor: z.string(),
          quitExposed: Count,
          quitNotExposed: Count,
          stayedExposed: Count,
          stayedNotExposed: Count,
          oddsRatio: z.number(),
          low: z.number(),
          high: z.number(),
          p: z.number(),
          q: z.number(),
          weak: z.boolean(),
        }),
      ),
    })
    .optional(),
  kpis: KpiSection.optional().describe(
    'The map’s KPIs (with --journey): overall, per period, change, improvements.',
  ),
  surveyKpis: z
    .array(
      z.object({
        scope: z.string().describe('`all`, or `stage:<id>` / `touchpoint:<id>` as the surveys name them.'),
        nps: Estimate,
        csat: Estimate,
        ces: Estimate,
      }),
    )
    .optional()
    .describe('Survey KPIs (NPS in points, CSAT share 0..1, CES mean 1..7) with n and 95% intervals.'),
});
export type AnalysisReport = z.infer<typeof AnalysisReport>;
