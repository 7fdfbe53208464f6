import type { AnalyzedText } from './pipeline.ts';
import { lexiconSentiment } from './sentiment.ts';

/**
 * Classifier features of an analyzed text: stemmed unigrams and in-clause bigrams of content words
 * (a negated word gets a `¬` prefix), emoji polarity, URL and mention markers, and the shipped
 * lexicon's verdict, so a trained model starts from what the lexicon knows.
 */
export function textFeatures(text: AnalyzedText): Map<string, number> {
  const features = new Map<string, number>();
  const add = (name: string, value = 1) => features.set(name, (features.get(name) ?? 0) + value);
  const content = text.tokens.filter((t) => !t.stop || t.word === 'urlmark' || t.word === 'mentionmark');
  for (const t of content) add(t.negated ? `¬${t.stem}` : t.stem);
  for (let i = 1; i < content.length; i++) {
    const a = content[i - 1];
    const b = content[i];
    if (a && b && a.clause === b.clause) add(`${a.stem}_${b.stem}`);
  }
  for (const e of text.emoji) {
    if (e.polarity > 0) add('emoji:+');
    else if (e.polarity < 0) add('emoji:-');
  }
  if (text.exclamations > 0) add('punct:!');
  const lexicon = lexiconSentiment(text);
  add(`lex:${lexicon.label}`);
  add('lex:score', lexicon.score * 2);
  // Binary presence (capped counts) works better than raw counts on short texts.
  for (const [k, v] of features) if (k !== 'lex:score') features.set(k, Math.min(v, 2));
  return features;
}
