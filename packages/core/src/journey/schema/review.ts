import { z } from 'zod';
import { Id, IsoDate, ShortText, Text } from './common.ts';

export const ReviewPolicy = z
  .strictObject({
    cadenceMonths: z.number().int().min(1).max(36).default(6),
    lastReviewedAt: IsoDate.optional(),
    owner: ShortText.optional(),
  })
  .describe('How often the map is reviewed against fresh data.');
export type ReviewPolicy = z.infer<typeof ReviewPolicy>;

export const KpiValue = z.strictObject({
  kpi: Id,
  value: z.number(),
  n: z.number().int().nonnegative().optional(),
  low: z.number().optional().describe('Lower bound of the 95% interval.'),
  high: z.number().optional().describe('Upper bound of the 95% interval.'),
});
export type KpiValue = z.infer<typeof KpiValue>;

export const ReviewSnapshot = z
  .strictObject({
    id: Id.optional(),
    date: IsoDate,
    period: z.strictObject({ from: IsoDate, to: IsoDate }).optional(),
    kpis: z.array(KpiValue).default([]),
    notes: Text.optional(),
  })
  .describe('KPI values frozen at a review.');
export type ReviewSnapshot = z.infer<typeof ReviewSnapshot>;
