import { describe, expect, it } from 'vitest';
import { bandPoints, curveRuns } from './curveRuns.ts';

const point = (stage: string, value: number | null, n: number, low = value, high = value) => ({
  stage,
  measured: { n, value, low, high, weak: n < 30 },
});

describe('measured emotion runs', () => {
  it('splits the curve where a stage has no data and keeps points in their columns', () => {
    const runs = curveRuns(
      ['a', 'b', 'c', 'd', 'e'],
      [point('a', null, 0), point('b', 0.5, 40, 0.2, 0.8), point('c', -1, 12, -2.6, 0.1), point('e', 1, 50)],
    );
    expect(runs.map((r) => r.map((p) => p.column))).toEqual([[1, 2], [4]]);
    // The band is kept on the −2..+2 scale; a weak point stays, marked.
    expect(runs[0]?.[1]).toEqual({ stage: 'c', column: 2, value: -1, low: -2, high: 0.1, n: 12, weak: true });
  });

  it('draws the band along the upper edge and back along the lower one', () => {
    const [run] = curveRuns(['a', 'b'], [point('a', 0, 40, -1, 1), point('b', 1, 40, 0.5, 1.5)]);
    expect(
      bandPoints(
        run ?? [],
        (c) => c * 10,
        (v) => v,
      ),
    ).toBe('0,1 10,1.5 10,0.5 0,-1');
  });
});
