import type { Journey } from '@tropa/core';
import type { TextModel } from './classifier.ts';
import { type EmotionObservation, emotionCurve } from './emotionCurve.ts';
import { analyzeFeedback, type FeedbackText } from './feedbackAnalysis.ts';
import { analyzeText } from './pipeline.ts';
import { stageKeywords } from './stageKeywords.ts';
import type { TextRowsResult } from './textRows.ts';
import type { EmotionSection, TextSection } from './textSection.ts';
import { textSentiment } from './textSentiment.ts';

export interface TextReportOptions {
  journey?: Journey;
  model?: TextModel;
  minN?: number;
}

/** The map's designed emotion per stage (mean of its emotion cards there), null where it has none. */
function designedEmotions(journey: Journey): { id: string; designed: number | null }[] {
  return journey.stages.map((s) => {
    const values = (journey.lanes ?? []).flatMap((lane) =>
      lane.type === 'emotions' ? lane.cards.filter((c) => c.stage === s.id).map((c) => c.emotion) : [],
    );
    return { id: s.id, designed: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null };
  });
}

/**
 * The report's text and emotion sections from a dataset's feedback and survey rows: survey comments and
 * customer messages are themed together, operator notes apart; the emotion curve needs the map's stages.
 */
export function textReport(
  rows: TextRowsResult,
  options: TextReportOptions = {},
): { text?: TextSection; emotion?: EmotionSection } {
  const items: FeedbackText[] = [
    ...rows.surveys
      .filter((s) => s.comment)
      .map((s) => ({
        text: s.comment ?? '',
        origin: 'survey' as const,
        stage: s.stage ?? s.caseStage,
        touchpoint: s.touchpoint,
        nps: s.nps,
      })),
    ...rows.feedback.map((f) => ({
      text: f.text,
      origin: f.source,
      channel: f.channel,
      stage: f.caseStage,
    })),
  ];
  const out: { text?: TextSection; emotion?: EmotionSection } = {};
  const model = options.model;
  if (items.length > 0) {
    out.text = analyzeFeedback(items, {
      ...(model ? { model } : {}),
      ...(options.journey ? { stages: stageKeywords(options.journey) } : {}),
    });
  }
  if (options.journey && (rows.surveys.length > 0 || rows.feedback.length > 0)) {
    const sentimentOf = (text: string | null) => {
      if (!text?.trim()) return null;
      return textSentiment(text, analyzeText(text), model).score;
    };
    const observations: EmotionObservation[] = [
      ...rows.surveys.flatMap((s) => {
        const stage = s.stage ?? s.caseStage;
        return stage
          ? [
              {
                stage,
                segment: s.segment,
                nps: s.nps,
                csat: s.csat,
                ces: s.ces,
                sentiment: sentimentOf(s.comment),
              },
            ]
          : [];
      }),
      // Unprompted customer messages count where the case was; operator notes speak for no one's feelings.
      ...rows.feedback.flatMap((f) =>
        f.source === 'customer' && f.caseStage
          ? [{ stage: f.caseStage, segment: f.segment, sentiment: sentimentOf(f.text) }]
          : [],
      ),
    ];
    out.emotion = emotionCurve(observations, designedEmotions(options.journey), options.minN ?? 30);
  }
  return out;
}
