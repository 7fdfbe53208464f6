import { detectLanguage } from './language.ts';

// Phrasings of "I had to repeat myself": repeating, re-explaining, duplicating a request, calling again.
// Matched on lower-case text with ё folded to е; word stems keep them free of endings.
const RU = [
  /пришл\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:повтор|дублир|объясн|перезван|звонить\s+(?:снова|повторно|еще)|писать\s+(?:снова|повторно|еще))/u,
  /(?:снова|заново|опять|повторно|еще\s+раз)\s+(?:\p{L}+\s+)?(?:объясн|рассказ|описыв|опис|повтор|дублир|заполн)/u,
  /(?:повтор\p{L}*|одно\s+и\s+то\s+же)\s+(?:\p{L}+\s+){0,3}?(?:дважды|трижды|несколько\s+раз|разным|каждому|по\s+кругу)/u,
  /повторн\p{L}*\s+обращени/u,
  /продублир/u,
  /(?:в\s+который\s+раз|уже\s+в\s+(?:\d+|\p{L}+)-?(?:й|ой|ий)?\s+раз)/u,
  /(?:каждому|каждый\s+раз)\s+(?:\p{L}+\s+){0,2}?(?:объясн|повтор|рассказ)/u,
];
const EN = [
  /had\s+to\s+(?:\w+\s+){0,2}?(?:repeat|re-?explain|explain\s+(?:\w+\s+){0,3}?again|call\s+(?:back|again)|start\s+over)/,
  /repeat(?:ed|ing)?\s+(?:myself|my\s+\w+|the\s+same)/,
  /(?:explain|tell|told|describe)\w*\s+(?:\w+\s+){0,4}?(?:again|over\s+and\s+over|(?:three|two|\d+|several|multiple)\s+times)/,
  /(?:for\s+the\s+(?:second|third|fourth|\d+(?:st|nd|rd|th))\s+time)/,
  /(?:called|call(?:ing)?|emailed|messaged)\s+(?:\w+\s+){0,2}?(?:three|two|\d+|several|multiple)\s+times/,
  /same\s+(?:story|question|issue)\s+(?:\w+\s+){0,3}?again/,
];

/**
 * The "had to repeat myself" phrase of a text, or undefined: the friction the customer feels when a contact
 * is repeated on another channel or to another person.
 * @example repeatPhrase('Пришлось заново объяснять менеджеру') // 'пришлось заново объяснять'
 */
export function repeatPhrase(text: string): string | undefined {
  const normalized = text.toLowerCase().replace(/ё/g, 'е');
  const patterns = detectLanguage(text) === 'ru' ? [...RU, ...EN] : [...EN, ...RU];
  for (const re of patterns) {
    const m = re.exec(normalized);
    if (m) return m[0].trim();
  }
  return undefined;
}
