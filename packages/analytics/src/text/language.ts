/** The languages Tropa's text analysis speaks. */
export type TextLang = 'ru' | 'en';

/**
 * Detects Russian or English by the share of Cyrillic letters; Russian wins ties, as a Russian text
 * often carries Latin brand names. `fallback` is used when the text has no letters.
 * @example detectLanguage('Не могу дозвониться') // 'ru'
 */
export function detectLanguage(text: string, fallback: TextLang = 'ru'): TextLang {
  let cyrillic = 0;
  let latin = 0;
  // URLs and mentions are Latin in every language: they must not vote.
  const body = text.replace(/https?:\/\/\S+|www\.\S+|[@#][\p{L}\d_]+/gu, ' ');
  for (const ch of body) {
    if (/[а-яё]/i.test(ch)) cyrillic++;
    else if (/[a-z]/i.test(ch)) latin++;
  }
  if (cyrillic === 0 && latin === 0) return fallback;
  return cyrillic * 2 >= latin ? 'ru' : 'en';
}
