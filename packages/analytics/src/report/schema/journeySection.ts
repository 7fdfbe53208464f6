import { z } from 'zod';
import { Count, FunnelStep, Graph, NodeCount, Seconds } from './primitives.ts';

/** What the report says about the journey map: mapping, graphs, funnel, drop-off, stage times, channels. */
export const JourneySection = z.object({
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
});
