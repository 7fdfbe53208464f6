import { describe, expect, it } from 'vitest';
import { duration, percent, pValue, signed, twoLines } from './format.ts';

describe('insights formatting', () => {
  it('humanises durations in minutes, hours or days, in the UI language', () => {
    expect(duration(25 * 60, 'en')).toBe('25 min');
    expect(duration(7 * 3600, 'en')).toBe('7 h');
    expect(duration(795_646, 'en')).toBe('9.2 d');
    expect(duration(795_646, 'ru')).toBe('9,2 дн.');
    expect(duration(10_531_190, 'en')).toBe('122 d');
  });

  it('formats shares, signed differences and p values', () => {
    expect(percent(0.658, 'en')).toBe('66%');
    expect(signed(79.81, 'en')).toBe('+79.8');
    expect(signed(-3, 'ru')).toBe('-3');
    expect(pValue(8e-6, 'en')).toBe('p < 0.001');
    expect(pValue(0.5792, 'ru', 'q')).toBe('q = 0,579');
  });

  it('breaks a long label into two lines at the space nearest its middle', () => {
    expect(twoLines('КП')).toEqual(['КП']);
    expect(twoLines('Монтаж и пусконаладка')).toEqual(['Монтаж и', 'пусконаладка']);
    expect(twoLines('Эксплуатация и сервис')).toEqual(['Эксплуатация', 'и сервис']);
    expect(twoLines('Пусконаладочные')).toEqual(['Пусконаладочные']);
  });
});
