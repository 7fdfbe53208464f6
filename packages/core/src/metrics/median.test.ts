import { describe, expect, it } from 'vitest';
import { meanEstimate } from './ces.ts';
import { proportionEstimate } from './csat.ts';
import { compareMedians, median, medianEstimate } from './median.ts';

describe('median with an order-statistic interval', () => {
  it('takes the middle value or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  it('picks the ranks by hand', () => {
    // n = 10: z·√n/2 = 1.959964 × 3.162278/2 = 3.098975; j = ⌊5 − 3.099⌋ = 1; k = ⌈1 + 5 + 3.099⌉ = 10
    const ten = medianEstimate([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(ten).toEqual({ n: 10, value: 5.5, low: 1, high: 10, weak: true });
    // n = 100 (values 1..100): z·√n/2 = 9.79982; j = ⌊50 − 9.8⌋ = 40; k = ⌈51 + 9.8⌉ = 61 (the textbook ranks)
    const hundred = medianEstimate(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(hundred).toEqual({ n: 100, value: 50.5, low: 40, high: 61, weak: false });
  });

  it('compares two samples: Δ of medians, Mann–Whitney p, combined half-widths', () => {
    const earlier = Array.from({ length: 100 }, (_, i) => i + 1);
    const later = earlier.map((x) => x + 20);
    const d = compareMedians(earlier, later);
    // Δ = 70.5 − 50.5 = 20; each interval is 21 wide (half 10.5): √(10.5² + 10.5²) = 14.849242
    expect(d.delta).toBe(20);
    expect(d.low).toBeCloseTo(20 - 14.849242, 5);
    expect(d.high).toBeCloseTo(20 + 14.849242, 5);
    expect(d.p).toBeLessThan(0.001);
    expect(compareMedians([], [1]).weak).toBe(true);
    expect(() => medianEstimate([1, Number.POSITIVE_INFINITY])).toThrow(/#2/);
  });
});

describe('generic estimates', () => {
  it('a mean with its t interval, unclipped', () => {
    // half = t(0.975, 9) × 1/√10 = 2.262157 × 0.316228 = 0.715357
    const m = meanEstimate({ n: 10, mean: 0.5, sd: 1 });
    expect(m.low).toBeCloseTo(-0.215357, 5);
    expect(m.high).toBeCloseTo(1.215357, 5);
    expect(Number.isNaN(meanEstimate({ n: 1, mean: 3, sd: 0 }).low)).toBe(true);
  });

  it('a proportion with its Wilson interval', () => {
    const p = proportionEstimate({ successes: 8, n: 10 });
    expect(p.low).toBeCloseTo(0.490162, 5);
    expect(p.high).toBeCloseTo(0.943318, 5);
  });
});
