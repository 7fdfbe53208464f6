import { expect } from 'vitest';
import { SMALL_EVENTS, SMALL_JOURNEY, UNMATCHED_ACTIVITY } from '../../testing/smallJourney.ts';
import { dateRange, halfYear, parseIsoDate } from '../period.ts';
import type { ContractContext } from './context.ts';

/** Query cases, each figure worked out by hand on the small journey log. */
export function queryCases(ctx: ContractContext): void {
  ctx.test('sorts each case by time, keeping file order on ties', async () => {
    const graph = await ctx.small.run({ kind: 'dfg' });
    const edge = (from: string, to: string) => graph.edges.find((e) => e.from === from && e.to === to);
    // c3 is out of order in the file; c5 has request_form and visit_site at the same time.
    expect(edge('visit_site', 'call_back')?.count).toBe(1);
    expect(edge('call_back', 'visit_site')).toBeUndefined();
    expect(edge('request_form', 'visit_site')).toMatchObject({ count: 1, meanSeconds: 0 });
    expect(edge('visit_site', 'request_form')).toMatchObject({
      count: 2,
      meanSeconds: (4 * 86400 + 18 * 86400) / 2,
    });
    expect(edge('visit_site', 'visit_site')).toMatchObject({ count: 2, medianSeconds: (86400 + 3600) / 2 });
    expect(graph.startActivities).toEqual([
      { name: 'visit_site', count: 4 },
      { name: 'request_form', count: 1 },
    ]);
    const ends = Object.fromEntries(graph.endActivities.map((n) => [n.name, n.count]));
    expect(ends).toEqual({ contract_signed: 2, [UNMATCHED_ACTIVITY]: 1, call_back: 1, visit_site: 1 });
  });

  ctx.test('node totals reconcile with edge totals', async () => {
    const graph = await ctx.small.run({ kind: 'dfg' });
    for (const node of graph.nodes) {
      const out = graph.edges.filter((e) => e.from === node.name).reduce((s, e) => s + e.count, 0);
      const ends = graph.endActivities.find((n) => n.name === node.name)?.count ?? 0;
      expect(out + ends, node.name).toBe(node.count);
    }
    expect(graph.nodes.reduce((s, n) => s + n.count, 0)).toBe(SMALL_EVENTS.length);
  });

  ctx.test('variants: top-K, coverage and the "other" bucket', async () => {
    const v = await ctx.small.run({ kind: 'variants', top: 2 });
    expect(v.total).toBe(5);
    expect(v.distinct).toBe(5);
    expect(v.top).toHaveLength(2);
    expect(v.coverage).toBeCloseTo(0.4);
    expect(v.other).toEqual({ variants: 3, count: 3, share: 0.6 });
  });

  ctx.test(
    'maps events to touchpoints (first match in document order) and lists unmatched activities',
    async () => {
      const m = await ctx.small.run({ kind: 'mapping', journey: SMALL_JOURNEY });
      expect(m.touchpoints.map((t) => [t.id, t.events, t.cases])).toEqual([
        ['t-site', 7, 5],
        ['t-call', 2, 2],
        ['t-form', 5, 4],
        ['t-form-late', 0, 0],
        ['t-contract', 2, 2],
      ]);
      expect(m.unmatched).toEqual([{ activity: UNMATCHED_ACTIVITY, channel: 'email', count: 1 }]);
      expect(m.matchedEvents + m.unmatchedEvents).toBe(17);
    },
  );

  ctx.test('stage-level graph collapses repeats inside a stage', async () => {
    const g = await ctx.small.run({ kind: 'dfg', level: 'stage', journey: SMALL_JOURNEY });
    expect(g.edges.map((e) => [e.from, e.to, e.count])).toEqual([
      ['s-aware', 's-request', 3],
      ['s-request', 's-contract', 2],
      ['s-request', 's-aware', 1],
    ]);
    const t = await ctx.small.run({ kind: 'dfg', level: 'touchpoint', journey: SMALL_JOURNEY });
    expect(t.nodes.reduce((s, n) => s + n.count, 0)).toBe(16);
  });

  ctx.test('funnel in map order, with a conversion window and segments', async () => {
    const f = await ctx.small.run({ kind: 'funnel', journey: SMALL_JOURNEY, segmentBy: 'age_group' });
    expect(f.steps.map((s) => s.cases)).toEqual([5, 4, 2]);
    expect(f.steps[2]?.stepConversion).toBeCloseTo(0.5);
    expect(f.segments.map((s) => [s.segment, s.steps.map((x) => x.cases)])).toEqual([
      ['25-34', [2, 2, 1]],
      ['35-44', [3, 2, 1]],
    ]);
    const w = await ctx.small.run({ kind: 'funnel', journey: SMALL_JOURNEY, windowDays: 3 });
    expect(w.steps.map((s) => s.cases)).toEqual([5, 2, 0]);
  });

  ctx.test('drop-off per stage with the last touchpoint and channel of quitters', async () => {
    const d = await ctx.small.run({ kind: 'dropoff', journey: SMALL_JOURNEY });
    expect(d.churnAfterDays).toBe(90);
    expect(d.stages.map((s) => [s.stage, s.lastStageCases, s.quit, s.reached])).toEqual([
      ['s-aware', 2, 1, 5],
      ['s-request', 1, 1, 4],
      ['s-contract', 2, 1, 2],
    ]);
    expect(d.stages[0]?.lastTouchpoints).toEqual([{ name: 't-call', count: 1 }]);
    expect(d.stages[0]?.lastChannels).toEqual([{ name: 'phone', count: 1 }]);
    const none = await ctx.small.run({ kind: 'dropoff', journey: SMALL_JOURNEY, churnAfterDays: 365 });
    expect(none.stages.every((s) => s.quit === 0)).toBe(true);
  });

  ctx.test('time between stages: quartiles and p90', async () => {
    const t = await ctx.small.run({ kind: 'stageTimes', journey: SMALL_JOURNEY });
    expect(t.transitions[0]).toMatchObject({
      from: 's-aware',
      to: 's-request',
      n: 4,
      medianSeconds: 216000,
    });
    expect(t.transitions[1]).toMatchObject({ n: 2, medianSeconds: 864000 });
  });

  ctx.test(
    'channels: switch matrix, switch rate and repeat contacts per stage, mix per segment',
    async () => {
      const c = await ctx.small.run({ kind: 'channels', journey: SMALL_JOURNEY, segmentBy: 'age_group' });
      expect(c.transitions).toBe(12);
      expect(c.switches).toBe(7);
      expect(c.matrix.find((m) => m.from === 'site' && m.to === 'site')?.count).toBe(5);
      expect(c.stages.map((s) => [s.stage, s.transitions, s.switches, s.repeatContacts])).toEqual([
        ['s-aware', 4, 2, 2],
        ['s-request', 1, 1, 1],
        ['s-contract', 0, 0, 0],
      ]);
      const short = await ctx.small.run({ kind: 'channels', journey: SMALL_JOURNEY, repeatWindowHours: 1.5 });
      expect(short.stages.map((s) => s.repeatContacts)).toEqual([1, 0, 0]);
      const young = c.mix.filter((m) => m.segment === '25-34');
      expect(young.reduce((s, m) => s + m.count, 0)).toBe(8);
    },
  );

  ctx.test('segments: a breakdown by attribute with tests against the rest and BH-adjusted p', async () => {
    const s = await ctx.small.run({ kind: 'segments', journey: SMALL_JOURNEY, attribute: 'age_group' });
    expect(s.segments.map((x) => [x.segment, x.cases, x.reached, x.quit])).toEqual([
      ['25-34', 2, [2, 2, 1], 2],
      ['35-44', 3, [3, 2, 1], 1],
    ]);
    const conv = s.tests.find((t) => t.segment === '25-34' && t.metric === 'conversion:s-request');
    expect(conv).toMatchObject({ value: 1, n: 2, weak: true, test: 'two-proportion-z' });
    expect(conv?.rest).toBeCloseTo(2 / 3);
    for (const t of s.tests) expect(t.q).toBeGreaterThanOrEqual(t.p - 1e-12);
    await expect(
      ctx.small.run({ kind: 'segments', journey: SMALL_JOURNEY, attribute: 'region' }),
    ).rejects.toThrow(/Unknown attribute "region".*age_group/);
  });

  ctx.test(
    "drivers of drop-off: odds ratio and Fisher's exact p per activity, channel and attribute",
    async () => {
      const d = await ctx.small.run({ kind: 'drivers', attributes: ['age_group'] });
      expect([d.quitCases, d.stayedCases]).toEqual([3, 2]);
      const phone = d.drivers.find((x) => x.kind === 'channel' && x.factor === 'phone');
      expect(phone).toMatchObject({
        quitExposed: 2,
        quitNotExposed: 1,
        stayedExposed: 0,
        stayedNotExposed: 2,
        weak: true,
      });
      expect(phone?.p).toBeCloseTo(0.4);
      // A zero cell: Haldane–Anscombe adds 0.5 to each cell, (2.5 × 2.5) / (1.5 × 0.5).
      expect(phone?.oddsRatio).toBeCloseTo(8.333, 2);
      const young = d.drivers.find((x) => x.factor === 'age_group=25-34');
      expect(young).toMatchObject({ kind: 'attribute', quitExposed: 2, stayedExposed: 0 });
      expect(d.drivers.find((x) => x.factor === 'call_in')?.p).toBeCloseTo(1);
    },
  );
}

/** A period's view: only its events count, successors and case spans computed over them (by hand). */
export function periodCases(ctx: ContractContext): void {
  ctx.test('reads a dataset over a period', async () => {
    // 2024-01-02 through 2024-05-29: c1 from its request_form on, c2 without its visit, c4 before June,
    // nothing of c3 (1 January) or c5 (30 May).
    const period = dateRange(
      parseIsoDate('2024-01-02') ?? undefined,
      parseIsoDate('2024-05-29') ?? undefined,
    );
    const scoped = await ctx.engine.openDataset('small', { period });
    try {
      expect(await scoped.run({ kind: 'stats' })).toMatchObject({ cases: 3, events: 8 });
      const graph = await scoped.run({ kind: 'dfg' });
      const edges = graph.edges.map((e) => [e.from, e.to, e.count, e.meanSeconds]);
      expect(edges).toEqual(
        expect.arrayContaining([
          ['request_form', 'offer_sent', 1, 86400],
          ['offer_sent', 'contract_signed', 1, 7 * 86400],
          ['request_form', UNMATCHED_ACTIVITY, 1, 86400],
          ['visit_site', 'visit_site', 1, 86400],
          ['visit_site', 'request_form', 1, 18 * 86400],
        ]),
      );
      expect(edges).toHaveLength(5);
      expect(graph.startActivities).toEqual([
        { name: 'request_form', count: 2 },
        { name: 'visit_site', count: 1 },
      ]);
      expect((await scoped.run({ kind: 'variants', top: 5 })).distinct).toBe(3);
      // Only c4 keeps an Awareness event; its contract falls in June.
      const funnel = await scoped.run({ kind: 'funnel', journey: SMALL_JOURNEY });
      expect(funnel.steps.map((s) => s.cases)).toEqual([1, 1, 0]);
    } finally {
      await scoped.close();
    }
    const nothing = await ctx.engine.openDataset('small', { period: halfYear('2030-H1') ?? {} });
    expect(await nothing.run({ kind: 'stats' })).toMatchObject({ cases: 0, events: 0 });
    await nothing.close();
    // The whole dataset is untouched by the period's view.
    expect(await ctx.small.run({ kind: 'stats' })).toMatchObject({ cases: 5, events: SMALL_EVENTS.length });
  });
}
