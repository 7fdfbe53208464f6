import type { Lang } from '@tropa/core';

/** 0.7735 → "77%" (or "77.4%" with one decimal). */
export function percent(share: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: digits }).format(share);
}

export function integer(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang).format(n);
}

/** A duration in the largest sensible unit: "9.5 d", "7 h", "25 min". */
export function duration(seconds: number, lang: Lang): string {
  const unit = (value: number, en: string, ru: string) =>
    `${new Intl.NumberFormat(lang, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)} ${lang === 'ru' ? ru : en}`;
  if (seconds >= 86_400) return unit(seconds / 86_400, 'd', 'дн.');
  if (seconds >= 3600) return unit(seconds / 3600, 'h', 'ч');
  return unit(seconds / 60, 'min', 'мин');
}
