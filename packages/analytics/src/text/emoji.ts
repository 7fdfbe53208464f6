/**
 * Emoji and emoticons kept as sentiment signals: each maps to a polarity in −1..1.
 * Russian writers also smile with bare brackets: ")))" is a smile, "(((" a frown.
 */
const EMOJI_POLARITY: Record<string, number> = {
  '😀': 1,
  '😃': 1,
  '😄': 1,
  '😁': 1,
  '😊': 1,
  '🙂': 0.6,
  '😍': 1,
  '🥰': 1,
  '😘': 0.8,
  '😎': 0.6,
  '👍': 0.8,
  '👏': 0.8,
  '🙏': 0.6,
  '❤': 1,
  '❤️': 1,
  '💪': 0.6,
  '🔥': 0.5,
  '✅': 0.4,
  '🎉': 1,
  '😂': 0.4,
  '🤣': 0.4,
  '😉': 0.5,
  '👌': 0.7,
  '💯': 0.7,
  '😞': -1,
  '😔': -0.8,
  '😟': -0.8,
  '😢': -1,
  '😭': -1,
  '😡': -1,
  '😠': -1,
  '🤬': -1,
  '👎': -0.8,
  '😤': -0.8,
  '😩': -0.9,
  '😫': -0.9,
  '🙁': -0.6,
  '☹': -0.7,
  '☹️': -0.7,
  '💩': -1,
  '🤦': -0.8,
  '😒': -0.7,
  '😕': -0.5,
  '😐': -0.2,
  '🤯': -0.5,
  '⏳': -0.2,
};

const EMOTICONS: [RegExp, number][] = [
  [/(^|\s)[:;=]-?[)D\]]+/g, 0.8],
  [/(^|\s)[:;=]-?[([]+/g, -0.8],
  [/\){2,}/g, 0.7],
  [/\({2,}/g, -0.7],
];

const EMOJI_RE = /\p{Extended_Pictographic}\uFE0F?/gu;

/** Emoji found in a text with their polarity (unknown emoji count as 0). */
export interface EmojiSignal {
  symbol: string;
  polarity: number;
}

/**
 * Takes emoji and emoticons out of a text, returning the text without them and the signals they carried.
 * @example extractEmoji('спасибо)))') // { text: 'спасибо ', signals: [{ symbol: ')))', polarity: 0.7 }] }
 */
export function extractEmoji(text: string): { text: string; signals: EmojiSignal[] } {
  const signals: EmojiSignal[] = [];
  let rest = text.replace(EMOJI_RE, (symbol) => {
    signals.push({
      symbol,
      polarity: EMOJI_POLARITY[symbol] ?? EMOJI_POLARITY[symbol.replace('\uFE0F', '')] ?? 0,
    });
    return ' ';
  });
  for (const [re, polarity] of EMOTICONS) {
    rest = rest.replace(re, (match, lead: string | undefined) => {
      signals.push({ symbol: match.trim(), polarity });
      return lead ?? ' ';
    });
  }
  return { text: rest, signals };
}
