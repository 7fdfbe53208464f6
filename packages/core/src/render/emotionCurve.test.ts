import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CardOf } from '../journey/schema/lane.ts';
import { curveSegments, emotionColor, emotionPoints } from './emotionCurve.ts';

type EmotionCard = CardOf<'emotions'>;
const card = (stage: string, emotion: number): EmotionCard => ({ stage, emotion });

describe('emotionPoints', () => {
  it('gives one point per card, centred in its stage, side by side when a stage has several', () => {
    const points = emotionPoints([[card('a', 1)], [], [card('c', -2), card('c', 0)]]);
    expect(points.map((p) => [p.stageIndex, p.x, p.value, p.slot])).toEqual([
      [0, 0.5, 1, 0],
      [2, 2 + 1 / 3, -2, 0],
      [2, 2 + 2 / 3, 0, 1],
    ]);
  });
});

describe('curveSegments', () => {
  const toX = (x: number) => x * 100;
  const toY = (v: number) => 50 - v * 10;

  it('is solid between neighbouring stages and dashed across a stage with no emotion', () => {
    const points = emotionPoints([[card('a', 1)], [card('b', -1)], [], [card('d', 2)]]);
    const segments = curveSegments(points, toX, toY);
    expect(segments.map((s) => s.dashed)).toEqual([false, true]);
    expect(segments[0]?.d.startsWith('M50 40C')).toBe(true);
    expect(segments[0]?.d.endsWith(' 150 60')).toBe(true);
    expect(curveSegments(points.slice(0, 1), toX, toY)).toEqual([]);
  });

  it('never bends past the points it joins (no overshoot beyond −2..+2)', () => {
    const value = fc.integer({ min: -2, max: 2 });
    fc.assert(
      fc.property(fc.array(fc.array(value, { maxLength: 2 }), { minLength: 1, maxLength: 15 }), (stages) => {
        const cells = stages.map((values, i) => values.map((v) => card(`s${i}`, v)));
        for (const s of curveSegments(emotionPoints(cells), toX, toY)) {
          const numbers = s.d.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
          const ys = numbers.filter((_, i) => i % 2 === 1);
          const [y0 = 0, y1 = 0] = [ys[0], ys[ys.length - 1]];
          for (const y of ys) {
            expect(y).toBeGreaterThanOrEqual(Math.min(y0, y1) - 1e-9);
            expect(y).toBeLessThanOrEqual(Math.max(y0, y1) + 1e-9);
          }
        }
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('emotionColor', () => {
  it('runs from red through amber to green and clamps outside the scale', () => {
    expect(emotionColor(-2)).toBe('#d83c3c');
    expect(emotionColor(0)).toBe('#dfa91a');
    expect(emotionColor(2)).toBe('#2e9a57');
    expect(emotionColor(7)).toBe(emotionColor(2));
  });
});
