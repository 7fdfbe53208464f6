import { describe, expect, it } from 'vitest';
import { ces, cesOfScores, cesSummary, compareCes, meanSummary, welchTTest } from './ces.ts';

describe('CES', () => {
  it('summarizes answers (mean and sample SD)', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9 is not a CES sample, but a classic SD example: mean 5, Σ(x−5)² = 32, s = √(32/7)
    const s = meanSummary([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(s.mean).toBe(5);
    expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(() => cesSummary([1, 8])).toThrow(/#2 is 8.*1 to 7/);
  });

  it('gives the t interval by hand', () => {
    // n = 10, mean 5, sd 1: half = t(0.975, 9) × 1/√10 = 2.262157 × 0.316228 = 0.715357
    const r = ces({ n: 10, mean: 5, sd: 1 });
    expect(r.low).toBeCloseTo(4.284643, 5);
    expect(r.high).toBeCloseTo(5.715357, 5);
    expect(r.weak).toBe(true);
  });

  it('scores raw answers; one answer gives the whole scale, the interval stays on 1..7', () => {
    // 6, 7, 7: mean 6.6667, sd = √((0.4444 + 0.1111 + 0.1111)/2) = 0.57735, half = 4.302653 × 0.57735/√3 = 1.434218
    const r = cesOfScores([6, 7, 7]);
    expect(r.value).toBeCloseTo(6.666667, 5);
    expect(r.low).toBeCloseTo(5.232449, 5);
    expect(r.high).toBe(7);
    expect(cesOfScores([4])).toMatchObject({ n: 1, value: 4, low: 1, high: 7, weak: true });
    expect(ces({ n: 0, mean: Number.NaN, sd: 0 }).weak).toBe(true);
  });

  it("compares periods with Welch's t-test", () => {
    // earlier n 10, mean 4, sd 1; later n 20, mean 5, sd 2:
    // v1 = 1/10 = 0.1, v2 = 4/20 = 0.2, SE = √0.3 = 0.547723, t = 1/0.547723 = 1.825742
    // df = 0.3²/(0.1²/9 + 0.2²/19) = 0.09/(0.00111111 + 0.00210526) = 27.98
    const w = welchTTest({ n: 10, mean: 4, sd: 1 }, { n: 20, mean: 5, sd: 2 });
    expect(w.t).toBeCloseTo(1.825742, 5);
    expect(w.df).toBeCloseTo(27.9818, 3);
    // p from t(27.98): between the table's 0.10 (t 1.701) and 0.05 (t 2.048) two-sided
    expect(w.p).toBeGreaterThan(0.05);
    expect(w.p).toBeLessThan(0.1);
    const d = compareCes({ n: 10, mean: 4, sd: 1 }, { n: 20, mean: 5, sd: 2 });
    expect(d.delta).toBe(1);
    expect(d.low).toBeLessThan(0);
    expect(d.high).toBeGreaterThan(2);
  });
});
