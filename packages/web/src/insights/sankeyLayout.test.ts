import { describe, expect, it } from 'vitest';
import { ribbonPath, sankeyLayout } from './sankeyLayout.ts';

const flows = [
  { from: 'site', to: 'phone', count: 30 },
  { from: 'site', to: 'email', count: 10 },
  { from: 'email', to: 'phone', count: 20 },
  { from: 'phone', to: 'site', count: 0 },
];

describe('sankeyLayout', () => {
  it('stacks nodes by total, heights proportional to counts, with the gaps in the height', () => {
    const { sources, targets } = sankeyLayout(flows, 130, 10);
    expect(sources.map((n) => [n.name, n.total])).toEqual([
      ['site', 40],
      ['email', 20],
    ]);
    // 120 px for 60 switches: 2 px each.
    expect(sources.map((n) => [n.y, n.height])).toEqual([
      [0, 80],
      [90, 40],
    ]);
    expect(targets.map((n) => [n.name, n.y, n.height])).toEqual([
      ['phone', 0, 100],
      ['email', 110, 20],
    ]);
  });

  it('gives each ribbon a slice of its source and its target, ribbons not overlapping in a node', () => {
    const { ribbons } = sankeyLayout(flows, 130, 10);
    expect(ribbons.map((r) => [r.from, r.to, r.y0, r.y1, r.width])).toEqual([
      ['site', 'phone', 0, 0, 60],
      ['site', 'email', 60, 110, 20],
      ['email', 'phone', 90, 60, 40],
    ]);
  });

  it('lays out nothing for no flows, and draws a closed band', () => {
    expect(sankeyLayout([], 100)).toEqual({ sources: [], targets: [], ribbons: [] });
    const path = ribbonPath({ from: 'a', to: 'b', count: 1, y0: 0, y1: 10, width: 5 }, 0, 100);
    expect(path).toBe('M0,0 C50,0 50,10 100,10 L100,15 C50,15 50,5 0,5 Z');
  });
});
