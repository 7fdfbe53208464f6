import { describe, expect, it } from 'vitest';
import { compareNps, nps, npsCounts, npsOfScores, npsStandardError } from './nps.ts';

describe('NPS', () => {
  it('counts promoters (9–10), passives (7–8) and detractors (0–6)', () => {
    expect(npsCounts([10, 9, 8, 7, 6, 0])).toEqual({ promoters: 2, passives: 2, detractors: 2 });
    expect(() => npsCounts([5, 11])).toThrow(/#2 is 11.*0 to 10/);
    expect(() => npsCounts([7.5])).toThrow(/whole numbers/);
  });

  it('computes the score, its SE and the adjusted-Wald interval by hand', () => {
    const r = nps({ promoters: 6, passives: 2, detractors: 2 });
    // NPS = (6 − 2)/10 × 100 = 40
    expect(r.value).toBe(40);
    // SE = √((0.6 + 0.2 − 0.4²)/10) × 100 = √(0.064) × 100 = 25.29822
    expect(r.se).toBeCloseTo(25.29822, 4);
    // adjusted: n' = 13, p_pro' = 6.75/13 = 0.519231, p_det' = 2.75/13 = 0.211538, NPS' = 0.307692
    // var = 0.519231 + 0.211538 − 0.307692² = 0.636095; SE' = √(0.636095/13) = 0.221202
    // interval = (0.307692 ∓ 1.959964 × 0.221202) × 100 = [−12.5856, 74.1240]
    expect(r.low).toBeCloseTo(-12.5856, 3);
    expect(r.high).toBeCloseTo(74.124, 3);
    expect(r.n).toBe(10);
    expect(r.weak).toBe(true);
  });

  it('keeps the interval inside −100..100 and is not weak from minN on', () => {
    const all = nps({ promoters: 30, passives: 0, detractors: 0 });
    expect(all.value).toBe(100);
    expect(all.se).toBe(0);
    // adjusted: p_pro' = 30.75/33, p_det' = 0.75/33: the interval is below 100 although every answer is a 10
    expect(all.high).toBeLessThanOrEqual(100);
    expect(all.low).toBeLessThan(100);
    expect(all.weak).toBe(false);
    expect(nps({ promoters: 3, passives: 1, detractors: 1 }, { minN: 5 }).weak).toBe(false);
  });

  it('scores raw answers and marks an empty sample', () => {
    expect(npsOfScores([10, 10, 3, 8]).value).toBe(25);
    const empty = nps({ promoters: 0, passives: 0, detractors: 0 });
    expect(empty.n).toBe(0);
    expect(Number.isNaN(empty.value)).toBe(true);
    expect(empty.weak).toBe(true);
  });

  it('compares two periods with a z-test on the difference', () => {
    // earlier 6/2/2 (NPS 40, SE 25.29822); later 12/6/2 of 20: NPS = (12 − 2)/20 = 50,
    // SE = √((0.6 + 0.1 − 0.5²)/20) × 100 = √(0.0225) × 100 = 15
    expect(npsStandardError({ promoters: 12, passives: 6, detractors: 2 })).toBeCloseTo(15, 10);
    const d = compareNps(
      { promoters: 6, passives: 2, detractors: 2 },
      { promoters: 12, passives: 6, detractors: 2 },
    );
    // Δ = 10; SE_Δ = √(25.29822² + 15²) = √(640 + 225) = 29.41088; z = 0.340010; p = 2Φ(−0.340010) = 0.733849
    expect(d.delta).toBe(10);
    expect(d.p).toBeCloseTo(0.733849, 5);
    // interval 10 ∓ 1.959964 × 29.41088 = [−47.6443, 67.6443]
    expect(d.low).toBeCloseTo(-47.6443, 3);
    expect(d.high).toBeCloseTo(67.6443, 3);
    expect(d.weak).toBe(true);
  });

  it('does not call two unanimous small samples certainly different', () => {
    const d = compareNps(
      { promoters: 3, passives: 0, detractors: 0 },
      { promoters: 0, passives: 0, detractors: 3 },
    );
    expect(d.delta).toBe(-200);
    expect(d.p).toBeGreaterThan(0);
    expect(Number.isFinite(d.low)).toBe(true);
  });
});
