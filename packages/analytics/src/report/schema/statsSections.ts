import { z } from 'zod';
import { Count, Maybe } from './primitives.ts';

/** Segment breakdowns with their tests (one per --segment attribute). */
export const SegmentsSection = z.array(
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
);

/** Drivers of drop-off. */
export const DriversSection = z.object({
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
});
