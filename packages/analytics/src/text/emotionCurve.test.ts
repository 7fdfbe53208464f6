import { describe, expect, it } from 'vitest';
import { emotionCurve, emotionValue } from './emotionCurve.ts';

describe('emotion curve', () => {
  it('rescales survey scores and sentiment onto −2..+2', () => {
    expect(emotionValue({ stage: 's', nps: 10 })).toBe(2);
    expect(emotionValue({ stage: 's', nps: 0 })).toBe(-2);
    expect(emotionValue({ stage: 's', csat: 3 })).toBe(0);
    expect(emotionValue({ stage: 's', ces: 1 })).toBe(-2);
    expect(emotionValue({ stage: 's', ces: 7 })).toBe(2);
    expect(emotionValue({ stage: 's', nps: 10, sentiment: -0.5 })).toBe(0.5);
    expect(emotionValue({ stage: 's' })).toBeUndefined();
  });

  it('gives each stage its mean, t interval and n; thin stages are weak, empty ones have no value', () => {
    const observations = [
      ...[...Array(40).keys()].map((i) => ({ stage: 'a', nps: i % 2 === 0 ? 10 : 5, segment: 'x' })),
      { stage: 'b', csat: 1, segment: 'y' },
      { stage: 'b', csat: 2, segment: 'y' },
    ];
    const curve = emotionCurve(
      observations,
      [
        { id: 'a', designed: 1 },
        { id: 'b', designed: -1 },
        { id: 'c', designed: null },
      ],
      30,
    );
    const [a, b, c] = curve.stages;
    // a: values 2 and 0 alternating → mean 1, sd ≈ 1.0127, t(0.975, 39) ≈ 2.0227 → half-width ≈ 0.3239.
    expect(a?.measured.value).toBeCloseTo(1);
    expect(a?.measured.low).toBeCloseTo(0.676, 2);
    expect(a?.measured.weak).toBe(false);
    expect(a?.surveys).toBe(40);
    expect(b?.measured).toMatchObject({ n: 2, value: -1.5, weak: true });
    expect(c?.measured).toEqual({ n: 0, value: null, low: null, high: null, weak: true });
    expect(curve.segments.map((s) => s.segment)).toEqual(['x', 'y']);
    expect(curve.segments[1]?.stages[1]?.measured.n).toBe(2);
  });
});
