import { describe, expect, it } from 'vitest';
import type { MeasuredReport } from './measuredReport.ts';
import { stageMeasures } from './stageMeasures.ts';

function report(): MeasuredReport {
  return {
    stats: { cases: 300, events: 4000, firstEventAt: null, lastEventAt: null },
    journey: {
      stages: [],
      mapping: { matchedEvents: 4000, unmatchedEvents: 0, unmatched: [] },
      dropOff: {
        churnAfterDays: 90,
        stages: [
          { stage: 'a', reached: 300, quit: 58, rate: 0.19 },
          { stage: 'b', reached: 20, quit: 5, rate: 0.25 },
          { stage: 'c', reached: 0, quit: 0, rate: 0 },
        ],
      },
      stageTimes: [
        { from: 'a', to: 'b', n: 233, medianSeconds: 86_400 },
        { from: 'b', to: 'c', n: 0, medianSeconds: 0 },
      ],
    },
  };
}

describe('stage measures', () => {
  it('gives reached, drop-off as quit / reached and the median time to the next stage, weak below 30', () => {
    const m = stageMeasures(report(), ['a', 'b', 'c', 'new']);
    expect(m.get('a')).toEqual({
      reached: 300,
      quit: 58,
      dropOff: 58 / 300,
      weak: false,
      neverReached: false,
      next: { to: 'b', medianSeconds: 86_400, n: 233, weak: false },
    });
    expect(m.get('b')).toMatchObject({ dropOff: 0.25, weak: true, neverReached: false });
    // No case moved on from b: no time to show.
    expect(m.get('b')?.next).toBeUndefined();
    expect(m.get('c')).toMatchObject({ reached: 0, dropOff: 0, neverReached: true, weak: true });
    // A stage added after the report was made is not in it.
    expect(m.has('new')).toBe(false);
  });

  it('takes the time to the next stage of the map as ordered now, not any pair the report has', () => {
    const m = stageMeasures(report(), ['b', 'a']);
    expect(m.get('a')?.next).toBeUndefined();
    expect(m.get('b')?.next).toBeUndefined();
  });

  it('gives nothing for a report without the journey', () => {
    const { journey: _, ...bare } = report();
    expect(stageMeasures(bare, ['a']).size).toBe(0);
  });
});
