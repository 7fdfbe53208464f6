import { expect } from 'vitest';
import { SMALL_JOURNEY } from '../../testing/smallJourney.ts';
import type { GraphLevel } from '../queries.ts';
import type { ContractContext } from './context.ts';

const DAY = 86400;

/**
 * Case-list cases, worked by hand on the small log. Its touchpoint sequences are
 * c1 site call form form contract · c2 site form (then an unmatched event) · c3 site call ·
 * c4 site site form contract · c5 form site site.
 */
export function caseListCases(ctx: ContractContext): void {
  const tp = { level: 'touchpoint' as const, journey: SMALL_JOURNEY, limit: 50, offset: 0 };

  ctx.test('case list of a touchpoint edge', async () => {
    const r = await ctx.small.run({ kind: 'caseList', ...tp, edge: { from: 't-site', to: 't-form' } });
    expect(r.total).toBe(2);
    expect(r.cases).toEqual([
      {
        caseId: 'c2',
        events: 3,
        firstAt: '2024-01-01T08:00:00.000Z',
        lastAt: '2024-01-06T08:00:00.000Z',
        occurrences: 1,
        path: ['t-site', 't-form'],
        pathLength: 2,
        lastStage: 's-request',
        medianSecondsOnEdge: 4 * DAY,
      },
      {
        caseId: 'c4',
        events: 4,
        firstAt: '2024-05-01T10:00:00.000Z',
        lastAt: '2024-06-01T10:00:00.000Z',
        occurrences: 1,
        path: ['t-site', 't-site', 't-form', 't-contract'],
        pathLength: 4,
        lastStage: 's-contract',
        medianSecondsOnEdge: 18 * DAY,
      },
    ]);
  });

  ctx.test('case list of a touchpoint node, most occurrences first, paged', async () => {
    const r = await ctx.small.run({ kind: 'caseList', ...tp, node: 't-site' });
    expect(r.total).toBe(5);
    expect(r.cases.map((c) => [c.caseId, c.occurrences, c.lastStage])).toEqual([
      ['c4', 2, 's-contract'],
      ['c5', 2, 's-aware'],
      ['c1', 1, 's-contract'],
      ['c2', 1, 's-request'],
      ['c3', 1, 's-aware'],
    ]);
    expect(r.cases[0]?.medianSecondsOnEdge).toBeNull();
    const page = await ctx.small.run({ kind: 'caseList', ...tp, node: 't-site', limit: 2, offset: 1 });
    expect(page.total).toBe(5);
    expect(page.cases.map((c) => c.caseId)).toEqual(['c5', 'c1']);
    const none = await ctx.small.run({ kind: 'caseList', ...tp, node: 't-form-late' });
    expect(none).toEqual({ total: 0, cases: [] });
  });

  ctx.test('case-list occurrences sum to the dfg node and edge counts at every level', async () => {
    for (const level of ['activity', 'touchpoint', 'stage'] as GraphLevel[]) {
      const graph = await ctx.small.run({ kind: 'dfg', level, journey: SMALL_JOURNEY });
      const q = { kind: 'caseList' as const, level, journey: SMALL_JOURNEY, limit: 1000, offset: 0 };
      for (const e of graph.edges) {
        const r = await ctx.small.run({ ...q, edge: { from: e.from, to: e.to } });
        expect(sum(r.cases), `${level} ${e.from}->${e.to}`).toBe(e.count);
        expect(r.total).toBe(r.cases.length);
      }
      for (const n of graph.nodes) {
        const r = await ctx.small.run({ ...q, node: n.name });
        expect(sum(r.cases), `${level} ${n.name}`).toBe(n.count);
      }
    }
  });
}

const sum = (cases: { occurrences: number }[]) => cases.reduce((s, c) => s + c.occurrences, 0);
