import { z } from 'zod';
import { Id, IsoDate, ShortText, Text } from './common.ts';

export const IMPROVEMENT_STATUSES = ['idea', 'planned', 'in-progress', 'done', 'dropped'] as const;
export const ImprovementStatus = z.enum(IMPROVEMENT_STATUSES);

const Score = z.number().int().min(1).max(5);

export const Improvement = z
  .strictObject({
    id: Id,
    title: ShortText,
    description: Text.optional(),
    addresses: z.array(Id).default([]).describe('Ids of the pain cards this removes.'),
    kpi: Id.optional().describe('The KPI it should move.'),
    expected: z.number().optional().describe('The KPI value expected once done.'),
    owner: ShortText.optional(),
    status: ImprovementStatus.default('idea'),
    value: Score.optional().describe('1..5: how much it helps.'),
    effort: Score.optional().describe('1..5: how much it costs.'),
    startedAt: IsoDate.optional(),
    dueAt: IsoDate.optional(),
    doneAt: IsoDate.optional().describe('Required when done: the before/after impact is measured from it.'),
  })
  .superRefine((i, ctx) => {
    if (i.status === 'done' && !i.doneAt) {
      ctx.addIssue({ code: 'custom', message: 'improvement-done-needs-date', path: ['doneAt'] });
    }
  })
  .describe('An item of the optimization plan.');
export type Improvement = z.infer<typeof Improvement>;
