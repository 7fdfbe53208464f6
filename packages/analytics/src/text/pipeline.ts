import type { EmojiSignal } from './emoji.ts';
import { detectLanguage, type TextLang } from './language.ts';
import { shippedLexicon } from './lexicon/lexicon.ts';
import { MENTION_MARK, normalizeText, URL_MARK } from './normalize.ts';
import { stem } from './stem.ts';
import { isStopWord } from './stopWords.ts';

/** One word of an analyzed text. */
export interface Token {
  /** Normalized surface form (lower case, ё→е). */
  word: string;
  stem: string;
  /** Function word, marker, number or negator: not a theme word. */
  stop: boolean;
  /** This word is itself a negator («не», "not"). */
  negator: boolean;
  /** Inside the scope of a preceding negator. */
  negated: boolean;
  /** Product of the intensifiers right before it (1 when none; «очень» 1.6, «немного» 0.6). */
  intensity: number;
  /** Index of the clause (split at punctuation); n-grams never cross clauses. */
  clause: number;
}

/** A text run through the whole pipeline. */
export interface AnalyzedText {
  lang: TextLang;
  tokens: Token[];
  emoji: EmojiSignal[];
  exclamations: number;
}

// Words, with inner hyphens and apostrophes kept («кто-то», "don't"); clause punctuation as its own token.
const TOKEN_RE = /[\p{L}\d]+(?:['-][\p{L}\d]+)*|[.,!?;:()…]+/gu;
const NEGATION_SPAN: Record<TextLang, number> = { ru: 2, en: 3 };

/**
 * Runs the text pipeline: language detection, normalization, tokenization, stemming, stop words,
 * negation scope and intensifiers.
 * @example analyzeText('Очень неудобно, не работает').tokens.map((t) => t.stem)
 */
export function analyzeText(raw: string, langHint?: TextLang): AnalyzedText {
  const lang = langHint ?? detectLanguage(raw);
  const lexicon = shippedLexicon(lang);
  const normalized = normalizeText(raw);
  const tokens: Token[] = [];
  let clause = 0;
  let negationLeft = 0;
  let intensity = 1;
  for (const match of normalized.text.matchAll(TOKEN_RE)) {
    const word = match[0];
    if (!/[\p{L}\d]/u.test(word)) {
      clause++;
      negationLeft = 0;
      intensity = 1;
      continue;
    }
    const negator = lexicon.negators.has(word) || (lang === 'en' && word.endsWith("n't"));
    const factor = lexicon.intensifiers.get(word);
    const marker = word === URL_MARK || word === MENTION_MARK || /^\d+$/.test(word);
    tokens.push({
      word,
      stem: marker ? word : stem(word, lang),
      stop: marker || negator || factor !== undefined || isStopWord(word, lang),
      negator,
      negated: negationLeft > 0 && !negator,
      intensity: factor === undefined ? intensity : 1,
      clause,
    });
    if (negator) {
      negationLeft = NEGATION_SPAN[lang];
      continue;
    }
    if (factor !== undefined) {
      // An intensifier neither uses up the negation scope nor ends it: «не очень удобно».
      intensity *= factor;
      continue;
    }
    if (!isStopWord(word, lang) && negationLeft > 0) negationLeft--;
    intensity = 1;
  }
  return { lang, tokens, emoji: normalized.emoji, exclamations: normalized.exclamations };
}
