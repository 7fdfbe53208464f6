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

/** Below this n a figure is weak (DESIGN: every figure carries n, weak below 30). */
export const MIN_N = 30;

/** A number with at most `digits` decimals in the UI language. */
export function decimal(value: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);
}

/** "+12.5" / "−3": a signed difference. */
export function signed(value: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(
    value,
  );
}

/** A p or q value with its name: "p < 0.001" below a thousandth, else "p = 0.579". */
export function pValue(p: number, lang: Lang, name = 'p'): string {
  return p < 0.001 ? `${name} < ${decimal(0.001, lang, 3)}` : `${name} = ${decimal(p, lang, 3)}`;
}

/** A date as the UI language writes it, with the month in words: "3 Nov 2025" / "3 нояб. 2025 г.". */
export function dateText(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleDateString(lang, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** A KPI value in its unit: NPS points, a share as percent, a score, hours as a duration, a rate per case. */
export function kpiValue(value: number, unit: string, lang: Lang): string {
  if (unit === 'share') return percent(value, lang);
  if (unit === 'hours') return duration(value * 3600, lang);
  return decimal(value, lang, unit === 'points' ? 0 : 1);
}

/** An axis tick of a KPI: like its value, but hours stay hours so the steps read evenly. */
export function kpiTick(value: number, unit: string, lang: Lang): string {
  if (unit === 'hours') return `${decimal(value, lang, 0)} ${lang === 'ru' ? 'ч' : 'h'}`;
  return kpiValue(value, unit, lang);
}

/** A KPI difference in its unit, signed: "+80", "+12 pp", "−24 h". */
export function kpiDelta(delta: number, unit: string, lang: Lang): string {
  if (unit === 'share') return `${signed(delta * 100, lang, 0)} ${lang === 'ru' ? 'п. п.' : 'pp'}`;
  if (unit === 'hours') return `${signed(delta, lang, 0)} ${lang === 'ru' ? 'ч' : 'h'}`;
  return signed(delta, lang, unit === 'points' ? 0 : 1);
}

/** A label in at most two lines: split at the space nearest the middle when longer than `max` characters. */
export function twoLines(label: string, max = 14): string[] {
  if (label.length <= max || !label.includes(' ')) return [label];
  const middle = label.length / 2;
  let cut = -1;
  for (let i = label.indexOf(' '); i !== -1; i = label.indexOf(' ', i + 1)) {
    if (cut === -1 || Math.abs(i - middle) < Math.abs(cut - middle)) cut = i;
  }
  return [label.slice(0, cut), label.slice(cut + 1)];
}
