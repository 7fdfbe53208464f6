import type { Localized } from '../../../i18n.ts';
import { closestMatch } from '../closest.ts';
import type { NumberBounds } from '../schemaAt.ts';

// Pieces of messages that depend on the value: what kind of value it is, which range it must be in.
// Russian forms are chosen for the templates they go into (noted per group).

/** A kind of JSON value, as it is named in messages. */
export type ValueKind = 'text' | 'number' | 'integer' | 'boolean' | 'list' | 'mapping' | 'empty';

/** "…, but it is {kind}" / "…, а это {kind}" and "must be {kind}" / "должно содержать {kind}" (accusative). */
export const VALUE_KIND: Record<ValueKind, Localized> = {
  text: { en: 'text', ru: 'текст' },
  number: { en: 'a number', ru: 'число' },
  integer: { en: 'a whole number', ru: 'целое число' },
  boolean: { en: 'true or false', ru: 'true или false' },
  list: { en: 'a list', ru: 'список' },
  mapping: { en: 'a mapping of fields (key: value)', ru: 'набор полей (ключ: значение)' },
  empty: { en: 'empty', ru: 'пустое значение' },
};

/** The kind of a value found in a document. */
export function kindOf(value: unknown): ValueKind {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'text';
}

/** A zod `expected` type as a value kind. */
export function kindOfExpected(expected: string): ValueKind {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'number';
    case 'int':
      return 'integer';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'list';
    case 'object':
    case 'record':
      return 'mapping';
    default:
      return 'text';
  }
}

/** Joins kinds as "text or a list" / "текст или список". */
export function kindsPhrase(kinds: readonly ValueKind[]): Localized {
  const unique = [...new Set(kinds)];
  return {
    en: unique.map((k) => VALUE_KIND[k].en).join(' or '),
    ru: unique.map((k) => VALUE_KIND[k].ru).join(' или '),
  };
}

/** A value quoted for a message, on one line: text in quotes (escaped if it has line breaks), else as written. */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') {
    const short = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
    return /[\u0000-\u001f]/.test(short) ? JSON.stringify(short) : `'${short}'`;
  }
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'object') return JSON.stringify(value).slice(0, 60);
  return String(value);
}

/**
 * A range as "a whole number from -2 to 2"; in Russian in two cases: instrumental for
 * "должно быть …" (`be`) and accusative for "укажите …" (`use`).
 */
export function rangePhrases(bounds: NumberBounds): { be: Localized; use: Localized } {
  const { min, max, integer } = bounds;
  const en = integer ? 'a whole number' : 'a number';
  const ruInstr = integer ? 'целым числом' : 'числом';
  const ruAcc = integer ? 'целое число' : 'число';
  let enTail = '';
  let ruTail = '';
  if (min !== undefined && max !== undefined) {
    enTail = ` from ${min} to ${max}`;
    ruTail = ` от ${min} до ${max}`;
  } else if (min !== undefined) {
    enTail = ` of at least ${min}`;
    ruTail = ` не меньше ${min}`;
  } else if (max !== undefined) {
    enTail = ` of at most ${max}`;
    ruTail = ` не больше ${max}`;
  }
  return { be: { en: en + enTail, ru: ruInstr + ruTail }, use: { en: en + enTail, ru: ruAcc + ruTail } };
}

/** Lists values for a message, shortened when there are many. */
export function listValues(values: readonly string[], limit = 15): string {
  const shown = values.slice(0, limit).join(', ');
  return values.length > limit ? `${shown}, … (${values.length - limit} more)` : shown;
}

/** Field-specific advice, used as the fix when a field of this name is out of range or malformed. */
export const FIELD_ADVICE: Record<string, Localized> = {
  emotion: {
    en: 'Use -2 (very negative) … 2 (very positive); 0 is neutral.',
    ru: 'Используйте шкалу от -2 (очень негативно) до 2 (очень позитивно); 0 — нейтрально.',
  },
  value: {
    en: 'Score from 1 (helps little) to 5 (helps a lot).',
    ru: 'Оцените от 1 (помогает мало) до 5 (помогает сильно).',
  },
  effort: {
    en: 'Score from 1 (cheap) to 5 (costly).',
    ru: 'Оцените от 1 (дёшево) до 5 (дорого).',
  },
  cadenceMonths: {
    en: 'Review the map every 1 to 36 months; 6 is the usual cadence.',
    ru: 'Пересматривайте карту раз в 1–36 месяцев; обычно — раз в 6 месяцев.',
  },
  stages: {
    en: 'Add the stages of the journey, e.g. `- { id: s-aware, name: Awareness }`.',
    ru: 'Добавьте этапы пути, например `- { id: s-aware, name: Знакомство }`.',
  },
};

/** The kind of a value as named when it is wrong: a number is "a number", whole or not. */
export function receivedKind(value: unknown): ValueKind {
  const kind = kindOf(value);
  return kind === 'integer' ? 'number' : kind;
}

/** "Did you mean 'joy'? " when a known value is a plausible typo of the one written, else ''. */
export function didYouMean(value: unknown, candidates: readonly string[], quote = "'"): Localized | string {
  if (typeof value !== 'string') return '';
  const best = closestMatch(value, candidates);
  if (best === undefined) return '';
  return {
    en: `Did you mean ${quote}${best}${quote}? `,
    ru: `Возможно, имелось в виду ${quote}${best}${quote}. `,
  };
}
