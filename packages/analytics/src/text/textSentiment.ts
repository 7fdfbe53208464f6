import { classifyText, type TextModel } from './classifier.ts';
import type { AnalyzedText } from './pipeline.ts';
import { lexiconSentiment, type SentimentLabel } from './sentiment.ts';

const NEGATIVE = new Set(['negative', 'neg', '-1', 'bad', 'негатив', 'негативный']);
const POSITIVE = new Set(['positive', 'pos', '1', '+1', 'good', 'позитив', 'позитивный']);

/** True when a trained model's labels can be read as negative / neutral / positive. */
export function isSentimentModel(model: TextModel): boolean {
  return (
    model.labels.some((l) => NEGATIVE.has(l.toLowerCase())) &&
    model.labels.some((l) => POSITIVE.has(l.toLowerCase()))
  );
}

/**
 * Sentiment of a text: from the user's trained model when it speaks of sentiment (score = P(positive) −
 * P(negative)), else from the shipped lexicon.
 */
export function textSentiment(
  raw: string,
  analyzed: AnalyzedText,
  model?: TextModel,
): { score: number; label: SentimentLabel } {
  if (model && isSentimentModel(model)) {
    const ranked = classifyText(model, raw);
    let pos = 0;
    let neg = 0;
    for (const r of ranked) {
      if (POSITIVE.has(r.label.toLowerCase())) pos += r.probability;
      if (NEGATIVE.has(r.label.toLowerCase())) neg += r.probability;
    }
    const top = ranked[0]?.label.toLowerCase() ?? '';
    const label: SentimentLabel = NEGATIVE.has(top) ? 'negative' : POSITIVE.has(top) ? 'positive' : 'neutral';
    return { score: pos - neg, label };
  }
  const s = lexiconSentiment(analyzed);
  return { score: s.score, label: s.label };
}
