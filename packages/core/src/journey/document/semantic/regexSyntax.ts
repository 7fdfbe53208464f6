import type { Localized } from '../../../i18n.ts';

// Match-rule patterns run in the analytics engine, whose regular expressions follow RE2 (DuckDB's
// regexp_matches; ClickHouse too). RE2 has no lookaround and no backreferences, and writes named
// groups `(?P<name>…)`; it has inline flags `(?i)` that JavaScript lacks. So a pattern is checked
// for those constructs first, then compiled by JavaScript with RE2-only syntax translated away,
// which catches the everyday mistakes (unclosed groups, nothing to repeat, bad quantifiers).

/** Why a pattern would not run in the analytics engine, or undefined when it would. */
export type RegexProblem =
  | { kind: 'unsupported'; feature: Localized; advice: Localized }
  | { kind: 'invalid'; detail: Localized };

const REWRITE: Localized = {
  en: 'Rewrite the pattern without it, or list the exact activity names in `activity`.',
  ru: 'Перепишите выражение без этого или перечислите точные названия действий в `activity`.',
};

const UNSUPPORTED: { test: RegExp; feature: Localized; advice: Localized }[] = [
  {
    test: /^\(\?<?[=!]/,
    feature: { en: 'a lookahead or lookbehind `(?=…)`', ru: 'просмотр вперёд или назад `(?=…)`' },
    advice: REWRITE,
  },
  {
    test: /^\(\?<[A-Za-z_]/,
    feature: { en: 'a named group written `(?<name>…)`', ru: 'именованную группу в записи `(?<name>…)`' },
    advice: {
      en: 'Write it as `(?P<name>…)`, or as a plain group `(…)`.',
      ru: 'Запишите её как `(?P<name>…)` или как обычную группу `(…)`.',
    },
  },
  {
    test: /^\\([1-9]|k<)/,
    feature: { en: 'a backreference such as `\\1`', ru: 'обратную ссылку вроде `\\1`' },
    advice: REWRITE,
  },
];

/** JavaScript's messages for common mistakes, in both languages. */
const DETAILS: Record<string, Localized> = {
  'Unterminated group': { en: 'a group `(` is never closed', ru: 'круглая скобка `(` не закрыта' },
  'Unterminated character class': { en: 'a `[` is never closed', ru: 'квадратная скобка `[` не закрыта' },
  'Nothing to repeat': {
    en: 'a `*`, `+`, `?` or `{n}` has nothing before it to repeat',
    ru: 'перед `*`, `+`, `?` или `{n}` нет того, что нужно повторять',
  },
  "Unmatched ')'": { en: 'a `)` has no `(`', ru: 'у скобки `)` нет открывающей `(`' },
  '\\ at end of pattern': { en: 'it ends with a lone `\\`', ru: 'выражение кончается одиночной `\\`' },
  'numbers out of order in {} quantifier': {
    en: 'the numbers in `{m,n}` are in the wrong order',
    ru: 'числа в `{m,n}` стоят в неверном порядке',
  },
  'Invalid group': {
    en: 'a group starts with an unknown `(?…`',
    ru: 'группа начинается с неизвестного `(?…`',
  },
};

/** The first RE2-unsupported construct outside character classes, if any. */
function unsupportedConstruct(pattern: string): (typeof UNSUPPORTED)[number] | undefined {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const rest = pattern.slice(i);
    if (!inClass) {
      const found = UNSUPPORTED.find((u) => u.test.test(rest));
      if (found) return found;
    }
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
  }
  return undefined;
}

/** RE2-only syntax rewritten into JavaScript's, so that JavaScript can check the rest. */
function asJavaScript(pattern: string): string {
  return pattern
    .replace(/\(\?P</g, '(?<')
    .replace(/\(\?[imsU]+\)/g, '')
    .replace(/\(\?[imsU]+:/g, '(?:')
    .replace(/\[:\^?[a-z]+:\]/g, 'a')
    .replace(/\\[pP](\{[^}]*\}|[A-Za-z])/g, '.');
}

/** Checks a match-rule pattern against what the analytics engine accepts. */
export function regexProblem(pattern: string): RegexProblem | undefined {
  const unsupported = unsupportedConstruct(pattern);
  if (unsupported) return { kind: 'unsupported', feature: unsupported.feature, advice: unsupported.advice };
  try {
    new RegExp(asJavaScript(pattern));
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const tail = message.slice(message.lastIndexOf(': ') + 2);
    return { kind: 'invalid', detail: DETAILS[tail] ?? { en: tail, ru: tail } };
  }
}
