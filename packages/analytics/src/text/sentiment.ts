import { shippedLexicon } from './lexicon/lexicon.ts';
import type { AnalyzedText } from './pipeline.ts';

/** Sentiment classes. */
export type SentimentLabel = 'negative' | 'neutral' | 'positive';
export const SENTIMENT_LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

/** A text's sentiment: a score in −1..1, its class, and the evidence it came from. */
export interface Sentiment {
  score: number;
  label: SentimentLabel;
  /** Lexicon hits and emoji, each with its signed contribution. */
  hits: { term: string; weight: number }[];
}

/** Where the class boundaries lie on the −1..1 score (tuned on training data only). */
export interface SentimentThresholds {
  negative: number;
  positive: number;
}
export const DEFAULT_THRESHOLDS: SentimentThresholds = { negative: -0.08, positive: 0.14 };

// A flipped word is weaker than the plain opposite: «не идеально» is not «ужасно».
const FLIP = -0.6;
// Saturation: a raw sum of 2 (one strong word) maps to 0.5, a long rant tends to −1.
const SATURATION = 2;

/** Class of a score under the thresholds. */
export function labelOf(score: number, t: SentimentThresholds = DEFAULT_THRESHOLDS): SentimentLabel {
  return score <= t.negative ? 'negative' : score >= t.positive ? 'positive' : 'neutral';
}

/**
 * Scores an analyzed text with Tropa's shipped lexicon: phrase entries first, then single words with
 * negation (a `negated` entry or a damped flip) and intensifiers, plus emoji and exclamation emphasis.
 * @example lexiconSentiment(analyzeText('очень удобно')).label // 'positive'
 */
export function lexiconSentiment(
  text: AnalyzedText,
  thresholds: SentimentThresholds = DEFAULT_THRESHOLDS,
): Sentiment {
  const lexicon = shippedLexicon(text.lang);
  const hits: Sentiment['hits'] = [];
  const tokens = text.tokens;
  const used = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    for (let len = Math.min(lexicon.longestPhrase, tokens.length - i); len >= 2; len--) {
      const span = tokens.slice(i, i + len);
      if (span.some((t) => t.clause !== span[0]?.clause)) continue;
      const weight = lexicon.phrases.get(span.map((t) => t.stem).join(' '));
      if (weight === undefined) continue;
      hits.push({ term: span.map((t) => t.word).join(' '), weight: weight * (span[0]?.intensity ?? 1) });
      for (let k = i; k < i + len; k++) used.add(k);
      break;
    }
  }
  tokens.forEach((t, i) => {
    if (used.has(i) || t.negator) return;
    const own = lexicon.weights.get(t.stem);
    const weight = t.negated
      ? (lexicon.negated.get(t.stem) ?? (own === undefined ? undefined : own * FLIP))
      : own;
    if (weight === undefined) return;
    hits.push({ term: t.negated ? `¬${t.word}` : t.word, weight: weight * t.intensity });
  });
  for (const e of text.emoji) if (e.polarity !== 0) hits.push({ term: e.symbol, weight: e.polarity * 1.5 });
  let raw = hits.reduce((sum, h) => sum + h.weight, 0);
  // Exclamation marks amplify whatever the words already say.
  if (text.exclamations > 0) raw *= 1 + 0.15 * Math.min(3, text.exclamations);
  const score = raw / (Math.abs(raw) + SATURATION);
  return { score, label: labelOf(score, thresholds), hits };
}
