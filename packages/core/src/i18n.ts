import type { Lang } from './journey/schema/common.ts';

/** A piece of UI or message text in every language Tropa speaks. */
export type Localized = Record<Lang, string>;

/** Fills `{name}` placeholders of a localized template. */
export function format(
  template: Localized,
  lang: Lang,
  params: Record<string, string | number> = {},
): string {
  return template[lang].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/** Picks the language from an explicit choice, then the environment (`TROPA_LANG`, `LANG`), else English. */
export function pickLang(explicit: string | undefined, env: Record<string, string | undefined> = {}): Lang {
  const candidates = [explicit, env.TROPA_LANG, env.LC_ALL, env.LANG];
  for (const c of candidates) {
    if (!c) continue;
    if (c.toLowerCase().startsWith('ru')) return 'ru';
    if (c.toLowerCase().startsWith('en')) return 'en';
  }
  return 'en';
}
