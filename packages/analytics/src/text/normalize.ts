import { type EmojiSignal, extractEmoji } from './emoji.ts';

/** A text made comparable: lower case, ё→е, URLs and mentions replaced by markers, emoji taken out. */
export interface NormalizedText {
  text: string;
  emoji: EmojiSignal[];
  urls: number;
  mentions: number;
  exclamations: number;
}

/** Marker words that stand for removed URLs and mentions (kept so n-grams do not join across them). */
export const URL_MARK = 'urlmark';
export const MENTION_MARK = 'mentionmark';

/**
 * Normalizes a text for analysis: URLs and @mentions become markers, emoji become signals,
 * then lower case with ё→е, typographic quotes and dashes made plain.
 * @example normalizeText('Ёлки, @bank не работает! http://x.ru').text // 'елки, mentionmark не работает! urlmark'
 */
export function normalizeText(raw: string): NormalizedText {
  let urls = 0;
  let mentions = 0;
  let text = raw
    .replace(/https?:\/\/\S+|www\.\S+/gi, () => {
      urls++;
      return ` ${URL_MARK} `;
    })
    .replace(/(^|[^\p{L}\d_])@[\p{L}\d_]+/gu, (_m, lead: string) => {
      mentions++;
      return `${lead} ${MENTION_MARK} `;
    });
  const emoji = extractEmoji(text);
  text = emoji.text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»“”„"]/g, ' ')
    .replace(/[‐-―]/g, '-')
    .replace(/’/g, "'");
  const exclamations = (raw.match(/!/g) ?? []).length;
  return { text, emoji: emoji.signals, urls, mentions, exclamations };
}
