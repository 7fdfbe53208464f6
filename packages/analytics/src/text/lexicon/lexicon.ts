import type { TextLang } from '../language.ts';
import { stem } from '../stem.ts';
import { EN_LEXICON } from './en.ts';
import { RU_LEXICON } from './ru.ts';

/** A lexicon as written by people: dictionary words grouped by weight, phrases, negators, intensifiers. */
export interface LexiconSource {
  /** Weight (as a string key, −2..2) → whitespace-separated words. */
  weights: Record<string, string>;
  /** Multi-word entries matched on consecutive words. */
  phrases: Record<string, number>;
  /** Weight of a word inside a negation scope, where flipping its own weight would be wrong. */
  negated: Record<string, number>;
  negators: string;
  /** Multiplier (as a string key) → whitespace-separated words. */
  intensifiers: Record<string, string>;
}

/** A lexicon ready for matching: everything keyed by stem. */
export interface Lexicon {
  lang: TextLang;
  weights: Map<string, number>;
  /** Phrase stems joined by a space → weight; `longestPhrase` bounds the look-ahead. */
  phrases: Map<string, number>;
  longestPhrase: number;
  negated: Map<string, number>;
  negators: Set<string>;
  intensifiers: Map<string, number>;
}

const words = (list: string) => list.split(/\s+/).filter(Boolean);

/** Stems a written lexicon so texts can be matched against it. */
export function compileLexicon(source: LexiconSource, lang: TextLang): Lexicon {
  const weights = new Map<string, number>();
  for (const [weight, list] of Object.entries(source.weights)) {
    for (const w of words(list)) weights.set(stem(w.replace(/ё/g, 'е'), lang), Number(weight));
  }
  const phrases = new Map<string, number>();
  let longestPhrase = 1;
  for (const [phrase, weight] of Object.entries(source.phrases)) {
    const stems = words(phrase.replace(/ё/g, 'е')).map((w) => stem(w, lang));
    longestPhrase = Math.max(longestPhrase, stems.length);
    phrases.set(stems.join(' '), weight);
  }
  const negated = new Map<string, number>();
  for (const [w, weight] of Object.entries(source.negated)) negated.set(stem(w, lang), weight);
  const intensifiers = new Map<string, number>();
  for (const [factor, list] of Object.entries(source.intensifiers)) {
    for (const w of words(list)) intensifiers.set(w, Number(factor));
  }
  return {
    lang,
    weights,
    phrases,
    longestPhrase,
    negated,
    negators: new Set(words(source.negators)),
    intensifiers,
  };
}

let compiled: Record<TextLang, Lexicon> | undefined;

/** Tropa's shipped lexicon for a language (compiled once). */
export function shippedLexicon(lang: TextLang): Lexicon {
  compiled ??= { ru: compileLexicon(RU_LEXICON, 'ru'), en: compileLexicon(EN_LEXICON, 'en') };
  return compiled[lang];
}
