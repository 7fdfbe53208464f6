import { z } from 'zod';
import { EmotionSection, TextSection } from '../text/textSection.ts';
import { JourneySection } from './schema/journeySection.ts';
import { KpiSection } from './schema/kpiSection.ts';
import { Count, Estimate, Graph } from './schema/primitives.ts';
import { DriversSection, SegmentsSection } from './schema/statsSections.ts';

/**
 * The JSON `tropa analyze` writes: a versioned, documented schema (packages/analytics/README.md).
 * This zod schema is its single source; the TypeScript type is inferred from it.
 */
export const REPORT_SCHEMA_VERSION = 1;

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
  journey: JourneySection.optional().describe('Present when a journey map was given.'),
  segments: SegmentsSection.optional(),
  drivers: DriversSection.optional(),
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
  text: TextSection.optional().describe(
    'Feedback and survey comments: sentiment, themes, pains, repeats, operators.',
  ),
  emotion: EmotionSection.optional().describe(
    'Measured emotion curve per stage and segment (with --journey).',
  ),
});
export type AnalysisReport = z.infer<typeof AnalysisReport>;
