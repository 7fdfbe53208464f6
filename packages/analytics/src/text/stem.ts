import snowball from 'snowball-stemmers';
import type { TextLang } from './language.ts';

const stemmers = {
  ru: snowball.newStemmer('russian'),
  en: snowball.newStemmer('english'),
};
const cache = { ru: new Map<string, string>(), en: new Map<string, string>() };
const CACHE_LIMIT = 200_000;

/** Snowball stem of one lower-case word (memoized: feedback repeats its words a lot). */
export function stem(word: string, lang: TextLang): string {
  const memo = cache[lang];
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  // Words in the other script are stemmed by their own language's stemmer.
  const own: TextLang = /[а-я]/.test(word) ? 'ru' : /[a-z]/.test(word) ? 'en' : lang;
  const result = stemmers[own].stem(word);
  if (memo.size < CACHE_LIMIT) memo.set(word, result);
  return result;
}
