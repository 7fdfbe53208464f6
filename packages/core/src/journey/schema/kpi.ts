import { z } from 'zod';
import { Id, ShortText, Text } from './common.ts';

export const KPI_TYPES = [
  'nps',
  'csat',
  'ces',
  'conversion',
  'time-between',
  'repeat-deal',
  'response-time',
  'support-contacts',
  'custom',
] as const;
export const KpiType = z.enum(KPI_TYPES);
export type KpiType = z.infer<typeof KpiType>;

/** Which way a KPI should move when the journey gets better, unless the map says otherwise. */
export const DEFAULT_BETTER: Record<KpiType, 'higher' | 'lower'> = {
  nps: 'higher',
  csat: 'higher',
  ces: 'higher',
  conversion: 'higher',
  'time-between': 'lower',
  'repeat-deal': 'higher',
  'response-time': 'lower',
  'support-contacts': 'lower',
  custom: 'higher',
};

export const ActivityPair = z.strictObject({
  from: z.string().min(1).describe('Activity that starts the clock (e.g. an offer sent).'),
  to: z.string().min(1).describe('Activity that stops it (e.g. the partner’s answer).'),
});

export const Kpi = z
  .strictObject({
    id: Id,
    type: KpiType,
    name: ShortText.optional(),
    description: Text.optional(),
    stage: Id.optional().describe('Measured at this stage (surveys tagged with it, events mapped to it).'),
    touchpoint: Id.optional(),
    fromStage: Id.optional().describe('conversion, time-between: the stage the measure starts at.'),
    toStage: Id.optional().describe('conversion, time-between: the stage it ends at.'),
    pairs: z.array(ActivityPair).optional().describe('response-time: the activity pairs to time.'),
    unit: ShortText.optional(),
    target: z.number().optional(),
    better: z
      .enum(['higher', 'lower'])
      .optional()
      .describe('Defaults by type (lower for times and contacts).'),
    minN: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Below this sample size a value is marked weak (30).'),
  })
  .superRefine((k, ctx) => {
    if ((k.type === 'time-between' || k.type === 'conversion') && (!k.fromStage || !k.toStage)) {
      ctx.addIssue({
        code: 'custom',
        message: 'kpi-needs-stages',
        path: [k.fromStage ? 'toStage' : 'fromStage'],
      });
    }
    if (k.type === 'response-time' && (!k.pairs || k.pairs.length === 0)) {
      ctx.addIssue({ code: 'custom', message: 'kpi-needs-pairs', path: ['pairs'] });
    }
  })
  .describe('A key performance indicator of the journey, per stage or touchpoint, with a target.');
export type Kpi = z.infer<typeof Kpi>;
