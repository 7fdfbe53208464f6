import { Severity } from '@tropa/core';
import { z } from 'zod';

const Tally = z.array(z.object({ id: z.string(), count: z.number().int().nonnegative() }));

export const FeedbackTheme = z.object({
  id: z.string(),
  label: z.string().describe('Readable label: the leading key phrases.'),
  phrases: z.array(z.string()),
  count: z.number().int().nonnegative().describe('Texts whose main theme this is.'),
  negativeShare: z.number(),
  meanScore: z.number().describe('Mean sentiment score −1..1.'),
  stages: Tally.describe('Stages of its texts (survey stage, or the case’s stage at the time).'),
  mapStages: z.array(z.string()).describe('Stages whose map keywords its phrases meet.'),
  touchpoints: Tally,
  channels: Tally,
  detractors: z
    .object({
      n: z.number().int().nonnegative().describe('Texts of the theme with an NPS answer.'),
      share: z.number().describe('Share of detractors (NPS 0–6) among them.'),
      othersShare: z.number().describe('Share of detractors among the other texts with an NPS answer.'),
      lift: z.number().describe('share / othersShare.'),
    })
    .nullable(),
  quotes: z.array(z.string()),
});
export type FeedbackTheme = z.infer<typeof FeedbackTheme>;

export const PainCandidate = z.object({
  themeId: z.string(),
  label: z.string(),
  score: z.number().describe('count × negative share × detractor lift.'),
  count: z.number().int().nonnegative(),
  negativeShare: z.number(),
  detractorLift: z.number().nullable(),
  stage: z.string().nullable(),
  quotes: z.array(z.string()),
  card: z
    .object({ stage: z.string(), text: z.string(), severity: Severity })
    .nullable()
    .describe('A card for the map’s pains lane (null when no stage is known).'),
});
export type PainCandidate = z.infer<typeof PainCandidate>;

/** The report's text section: sentiment, themes, pains, repeat mentions, the operator lens. */
export const TextSection = z.object({
  n: z.number().int().nonnegative(),
  sentimentSource: z.enum(['lexicon', 'model']),
  languages: z.object({ ru: z.number().int(), en: z.number().int() }),
  sentiment: z.object({
    negative: z.number().int(),
    neutral: z.number().int(),
    positive: z.number().int(),
    meanScore: z.number(),
  }),
  themes: z.array(FeedbackTheme),
  pains: z.array(PainCandidate).describe('Pain-point candidates, best first, ready for the pains lane.'),
  repeats: z.object({
    count: z.number().int(),
    share: z.number(),
    channels: Tally,
    stages: Tally,
    phrases: Tally,
    quotes: z.array(z.string()),
  }),
  operator: z.object({
    n: z.number().int(),
    themes: z.array(FeedbackTheme),
    channels: z.array(z.object({ id: z.string(), count: z.number().int(), negativeShare: z.number() })),
  }),
});
export type TextSection = z.infer<typeof TextSection>;

const Point = z.object({
  n: z.number().int().nonnegative(),
  value: z.number().nullable().describe('−2..+2; null without data.'),
  low: z.number().nullable(),
  high: z.number().nullable(),
  weak: z.boolean().describe('n below the minimum: too thin to act on (or no data at all).'),
});

/** The measured emotion curve per stage (and per segment) beside the map's designed curve. */
export const EmotionSection = z.object({
  minN: z.number().int(),
  stages: z.array(
    z.object({
      stage: z.string(),
      designed: z.number().nullable().describe('The map’s emotion lane value, −2..+2.'),
      measured: Point,
      surveys: z.number().int().describe('Survey answers used.'),
      comments: z.number().int().describe('Comments and messages used.'),
    }),
  ),
  segments: z.array(
    z.object({ segment: z.string(), stages: z.array(z.object({ stage: z.string(), measured: Point })) }),
  ),
});
export type EmotionSection = z.infer<typeof EmotionSection>;
