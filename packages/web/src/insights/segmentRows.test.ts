import { describe, expect, it } from 'vitest';
import type { SegmentBreakdown, SegmentTest } from '../api/report.ts';
import { isMarked, segmentAttributes, segmentRows } from './segmentRows.ts';

const test = (segment: string, metric: string, q: number, significant = q < 0.05): SegmentTest => ({
  segment,
  metric,
  value: 0.5,
  rest: 0.3,
  n: 40,
  p: q / 2,
  q,
  significant,
  weak: false,
  test: metric.startsWith('time:') ? 'mann-whitney-u' : 'two-proportion-z',
});

const breakdown: SegmentBreakdown = {
  attribute: 'age_group',
  segments: [
    { segment: '55+', cases: 20, reached: [20, 10, 5], quit: 15, medianStageSeconds: [3600, null] },
    { segment: '35-44', cases: 80, reached: [80, 60, 40], quit: 30, medianStageSeconds: [7200, 86_400] },
  ],
  tests: [test('35-44', 'conversion:b', 0.01), test('35-44', 'quit', 0.2), test('55+', 'time:a->b', 0.04)],
};

describe('segmentRows', () => {
  it('orders segments by size, marks the small ones weak, and computes reach and quit shares', () => {
    const rows = segmentRows(breakdown, ['a', 'b', 'c'], 30);
    expect(rows.map((r) => [r.segment, r.weak])).toEqual([
      ['35-44', false],
      ['55+', true],
    ]);
    expect(rows[0]?.reach.map((x) => x.share)).toEqual([1, 0.75, 0.5]);
    expect(rows[1]?.quit.share).toBe(0.75);
    expect(rows[1]?.times).toMatchObject([
      { from: 'a', to: 'b', seconds: 3600 },
      { from: 'b', to: 'c', seconds: null },
    ]);
  });

  it('finds each figure’s test and marks only q < 0.05 that the report called significant', () => {
    const [big, small] = segmentRows(breakdown, ['a', 'b', 'c'], 30);
    expect(isMarked(big?.reach[1]?.test)).toBe(true);
    expect(isMarked(big?.quit.test)).toBe(false);
    expect(isMarked(big?.reach[2]?.test)).toBe(false);
    expect(small?.times[0]?.test?.test).toBe('mann-whitney-u');
    expect(isMarked(test('x', 'quit', 0.01, false))).toBe(false);
  });

  it('offers the case attributes without ids', () => {
    expect(segmentAttributes(['person_id', 'role', 'age_group', 'id', 'segment'])).toEqual([
      'role',
      'age_group',
      'segment',
    ]);
    expect(segmentAttributes(undefined)).toEqual([]);
  });
});
