import type { Lang } from '@tropa/core';

const UNITS: Record<Lang, { s: string; min: string; h: string; d: string }> = {
  en: { s: 's', min: 'min', h: 'h', d: 'd' },
  ru: { s: 'с', min: 'мин', h: 'ч', d: 'дн' },
};

/** A duration in seconds for people: `45 s`, `12 min`, `3.5 h`, `12.3 d`. */
export function formatDuration(seconds: number | null, lang: Lang): string {
  if (seconds === null || !Number.isFinite(seconds)) return '—';
  const u = UNITS[lang];
  const abs = Math.abs(seconds);
  if (abs < 60) return `${round(seconds, 0)} ${u.s}`;
  if (abs < 3600) return `${round(seconds / 60, 1)} ${u.min}`;
  if (abs < 86400) return `${round(seconds / 3600, 1)} ${u.h}`;
  return `${round(seconds / 86400, 1)} ${u.d}`;
}

function round(x: number, digits: number): string {
  return Number(x.toFixed(digits)).toString();
}

/** A share 0..1 as a percentage. */
export function formatPercent(share: number | null, digits = 1): string {
  if (share === null || !Number.isFinite(share)) return '—';
  return `${(share * 100).toFixed(digits)}%`;
}

/** A count with thousands separated. */
export function formatCount(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-US');
}

/** A p-value the way papers write it. */
export function formatP(p: number): string {
  if (!Number.isFinite(p)) return '—';
  return p < 0.001 ? '<0.001' : p.toFixed(3);
}
