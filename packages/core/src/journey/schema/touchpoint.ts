import { z } from 'zod';
import { Id, oneOrMany, ShortText, Text } from './common.ts';

/**
 * One rule assigning event-log events to a touchpoint. Every condition present must hold;
 * a touchpoint matches an event when any of its rules does.
 */
export const MatchRule = z
  .strictObject({
    activity: oneOrMany(z.string().min(1)).optional().describe('Activity names, compared exactly.'),
    pattern: z.string().min(1).optional().describe('A regular expression the activity name must match.'),
    channel: oneOrMany(z.string().min(1))
      .optional()
      .describe('Channel values of the event, compared exactly.'),
  })
  .refine((r) => r.activity !== undefined || r.pattern !== undefined || r.channel !== undefined, {
    message: 'empty-match-rule',
  });
export type MatchRule = z.infer<typeof MatchRule>;

export const Touchpoint = z
  .strictObject({
    id: Id,
    name: ShortText,
    stage: Id,
    channel: Id.optional(),
    owner: ShortText.optional().describe('The department that owns this touchpoint.'),
    kind: z.enum(['human', 'digital', 'physical']).default('digital'),
    description: Text.optional(),
    match: oneOrMany(MatchRule).optional(),
  })
  .describe('A moment of contact between the counterparty and the company, in one stage and channel.');
export type Touchpoint = z.infer<typeof Touchpoint>;
