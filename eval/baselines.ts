import type { TextLang } from '../packages/analytics/src/text/language.ts';
import { shippedLexicon } from '../packages/analytics/src/text/lexicon/lexicon.ts';
import { analyzeText } from '../packages/analytics/src/text/pipeline.ts';
import type { SentimentLabel } from '../packages/analytics/src/text/sentiment.ts';

/** The most frequent training label, predicted for everything. */
export function majorityLabel(labels: readonly SentimentLabel[]): SentimentLabel {
  const counts = new Map<SentimentLabel, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'neutral';
}

/**
 * The plain word-count lexicon: positive words minus negative words of the same word list, with no
 * weights, phrases, negation, intensifiers or emoji — what the full lexicon method must beat.
 */
export function wordCountLabel(text: string, lang?: TextLang): SentimentLabel {
  const analyzed = analyzeText(text, lang);
  const lexicon = shippedLexicon(analyzed.lang);
  let sum = 0;
  for (const t of analyzed.tokens) sum += Math.sign(lexicon.weights.get(t.stem) ?? 0);
  return sum > 0 ? 'positive' : sum < 0 ? 'negative' : 'neutral';
}
