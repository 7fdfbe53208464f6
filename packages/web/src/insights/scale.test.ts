import { describe, expect, it } from 'vitest';
import { durationTicks, heat, linear, logScale, niceDomain, niceTicks } from './scale.ts';

describe('chart scales', () => {
  it('maps linearly, also reversed, and a flat domain to the middle', () => {
    expect(linear([0, 10], [0, 100])(2.5)).toBe(25);
    expect(linear([0, 10], [100, 0])(10)).toBe(0);
    expect(linear([3, 3], [0, 50])(3)).toBe(25);
  });

  it('maps odds ratios on a log scale with 1 in the middle of 0.1..10', () => {
    const x = logScale([0.1, 10], [0, 200]);
    expect(x(1)).toBeCloseTo(100);
    expect(x(10)).toBeCloseTo(200);
  });

  it('picks ticks on 1-2-5 steps', () => {
    expect(niceTicks(0, 100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(-37.5, 42.3, 4)).toEqual([-20, 0, 20, 40]);
    expect(niceTicks(0, 0.93, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks(5, 5)).toEqual([5]);
  });

  it('pads a domain out to whole steps', () => {
    expect(niceDomain(-37.5, 42.3, 4)).toEqual([-40, 60]);
    expect(niceDomain(0, 100, 5)).toEqual([0, 100]);
  });

  it('ticks a log duration axis on readable marks that cover the data', () => {
    const day = 86_400;
    expect(durationTicks(1.6 * day, 10 * day)).toEqual([day, 3 * day, 7 * day, 14 * day]);
    expect(durationTicks(100, 2 * 3600)).toEqual([3600, 6 * 3600]);
    expect(durationTicks(200 * day, 900 * day)).toEqual([182 * day, 365 * day]);
  });

  it('colours a heat cell from near white to the brand colour', () => {
    expect(heat(0)).toBe('rgb(245 246 255)');
    expect(heat(1)).toBe('rgb(67 56 202)');
    expect(heat(2)).toBe(heat(1));
  });
});
