import { z } from 'zod';

/** Building blocks of the report schema. */
export const Count = z.number().int().nonnegative();
export const Seconds = z.number();
/** A number that may be missing when there is no data (NaN is written as null). */
export const Maybe = z.number().nullable();

export const NodeCount = z.object({ name: z.string(), count: Count });
export const Edge = z.object({
  from: z.string(),
  to: z.string(),
  count: Count,
  meanSeconds: Seconds,
  medianSeconds: Seconds,
  p90Seconds: Seconds,
});
export const Graph = z.object({ nodes: z.array(NodeCount), edges: z.array(Edge) });

export const FunnelStep = z.object({
  stage: z.string(),
  cases: Count,
  conversion: z.number(),
  stepConversion: z.number(),
});

export const Estimate = z.object({ n: Count, value: Maybe, low: Maybe, high: Maybe, weak: z.boolean() });
export const Difference = z.object({ delta: Maybe, low: Maybe, high: Maybe, p: Maybe, weak: z.boolean() });
