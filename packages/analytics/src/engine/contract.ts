import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError } from '../ingest/errors.ts';
import {
  SMALL_EVENTS,
  SMALL_JOURNEY,
  toCsv,
  toXes,
  UNMATCHED_ACTIVITY,
  writeSmallLog,
} from '../testing/smallJourney.ts';
import type { AnalyticsEngine, Dataset } from './engine.ts';

/** Cases an engine may not support yet, by test name, with the reason (skipped visibly). */
export type KnownGaps = Record<string, string>;

/**
 * The contract every AnalyticsEngine must meet: the same cases, hand-computed on the small journey
 * log (testing/smallJourney.ts), run against each engine.
 */
export function describeEngineContract(
  name: string,
  makeEngine: (dataDir: string) => AnalyticsEngine,
  gaps: KnownGaps = {},
): void {
  describe(`AnalyticsEngine contract: ${name}`, () => {
    let dir: string;
    let engine: AnalyticsEngine;
    let small: Dataset;
    const test = (title: string, body: () => Promise<void>) =>
      gaps[title] ? it.skip(`${title} (known gap: ${gaps[title]})`, body) : it(title, body);

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), `tropa-contract-${name}-`));
      engine = makeEngine(join(dir, 'data'));
      await engine.createDataset('small', { events: { path: writeSmallLog(dir, 'csv') } });
      small = await engine.openDataset('small');
    });
    afterAll(async () => {
      await engine.close();
      await rm(dir, { recursive: true, force: true });
    });

    test('ingests a CSV and counts cases, events, activities, channels', async () => {
      const stats = await small.run({ kind: 'stats' });
      expect(stats).toEqual({
        cases: 5,
        events: 17,
        activities: 7,
        channels: 4,
        firstEventAt: '2024-01-01T08:00:00.000Z',
        lastEventAt: '2024-06-01T10:00:00.000Z',
      });
      expect(await small.attributes()).toEqual(['age_group']);
    });

    for (const kind of ['csv.gz', 'jsonl', 'xes', 'csv-1251'] as const) {
      test(`reads ${kind} to the same graph as CSV`, async () => {
        const path = writeSmallLog(await mkdtemp(join(dir, 'f-')), kind);
        const id = `small-${kind.replace('.', '-')}`;
        await engine.createDataset(id, {
          events: { path, ...(kind === 'xes' ? { mapping: { channel: 'channel' } } : {}) },
        });
        const other = await engine.openDataset(id);
        expect(await other.run({ kind: 'dfg' })).toEqual(await small.run({ kind: 'dfg' }));
        expect(await other.run({ kind: 'variants', top: 10 })).toEqual(
          await small.run({ kind: 'variants', top: 10 }),
        );
      });
    }

    test('sorts each case by time, keeping file order on ties', async () => {
      const graph = await small.run({ kind: 'dfg' });
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

    test('node totals reconcile with edge totals', async () => {
      const graph = await small.run({ kind: 'dfg' });
      for (const node of graph.nodes) {
        const out = graph.edges.filter((e) => e.from === node.name).reduce((s, e) => s + e.count, 0);
        const ends = graph.endActivities.find((n) => n.name === node.name)?.count ?? 0;
        expect(out + ends, node.name).toBe(node.count);
      }
      expect(graph.nodes.reduce((s, n) => s + n.count, 0)).toBe(SMALL_EVENTS.length);
    });

    test('variants: top-K, coverage and the "other" bucket', async () => {
      const v = await small.run({ kind: 'variants', top: 2 });
      expect(v.total).toBe(5);
      expect(v.distinct).toBe(5);
      expect(v.top).toHaveLength(2);
      expect(v.coverage).toBeCloseTo(0.4);
      expect(v.other).toEqual({ variants: 3, count: 3, share: 0.6 });
    });

    test('maps events to touchpoints (first match in document order) and lists unmatched activities', async () => {
      const m = await small.run({ kind: 'mapping', journey: SMALL_JOURNEY });
      expect(m.touchpoints.map((t) => [t.id, t.events, t.cases])).toEqual([
        ['t-site', 7, 5],
        ['t-call', 2, 2],
        ['t-form', 5, 4],
        ['t-form-late', 0, 0],
        ['t-contract', 2, 2],
      ]);
      expect(m.unmatched).toEqual([{ activity: UNMATCHED_ACTIVITY, channel: 'email', count: 1 }]);
      expect(m.matchedEvents + m.unmatchedEvents).toBe(17);
    });

    test('stage-level graph collapses repeats inside a stage', async () => {
      const g = await small.run({ kind: 'dfg', level: 'stage', journey: SMALL_JOURNEY });
      expect(g.edges.map((e) => [e.from, e.to, e.count])).toEqual([
        ['s-aware', 's-request', 3],
        ['s-request', 's-contract', 2],
        ['s-request', 's-aware', 1],
      ]);
      const t = await small.run({ kind: 'dfg', level: 'touchpoint', journey: SMALL_JOURNEY });
      expect(t.nodes.reduce((s, n) => s + n.count, 0)).toBe(16);
    });

    test('funnel in map order, with a conversion window and segments', async () => {
      const f = await small.run({ kind: 'funnel', journey: SMALL_JOURNEY, segmentBy: 'age_group' });
      expect(f.steps.map((s) => s.cases)).toEqual([5, 4, 2]);
      expect(f.steps[2]?.stepConversion).toBeCloseTo(0.5);
      expect(f.segments.map((s) => [s.segment, s.steps.map((x) => x.cases)])).toEqual([
        ['25-34', [2, 2, 1]],
        ['35-44', [3, 2, 1]],
      ]);
      const w = await small.run({ kind: 'funnel', journey: SMALL_JOURNEY, windowDays: 3 });
      expect(w.steps.map((s) => s.cases)).toEqual([5, 2, 0]);
    });

    test('drop-off per stage with the last touchpoint and channel of quitters', async () => {
      const d = await small.run({ kind: 'dropoff', journey: SMALL_JOURNEY });
      expect(d.churnAfterDays).toBe(90);
      expect(d.stages.map((s) => [s.stage, s.lastStageCases, s.quit, s.reached])).toEqual([
        ['s-aware', 2, 1, 5],
        ['s-request', 1, 1, 4],
        ['s-contract', 2, 1, 2],
      ]);
      expect(d.stages[0]?.lastTouchpoints).toEqual([{ name: 't-call', count: 1 }]);
      expect(d.stages[0]?.lastChannels).toEqual([{ name: 'phone', count: 1 }]);
      const none = await small.run({ kind: 'dropoff', journey: SMALL_JOURNEY, churnAfterDays: 365 });
      expect(none.stages.every((s) => s.quit === 0)).toBe(true);
    });

    test('time between stages: quartiles and p90', async () => {
      const t = await small.run({ kind: 'stageTimes', journey: SMALL_JOURNEY });
      expect(t.transitions[0]).toMatchObject({
        from: 's-aware',
        to: 's-request',
        n: 4,
        medianSeconds: 216000,
      });
      expect(t.transitions[1]).toMatchObject({ n: 2, medianSeconds: 864000 });
    });

    test('channels: switch matrix, switch rate and repeat contacts per stage, mix per segment', async () => {
      const c = await small.run({ kind: 'channels', journey: SMALL_JOURNEY, segmentBy: 'age_group' });
      expect(c.transitions).toBe(12);
      expect(c.switches).toBe(7);
      expect(c.matrix.find((m) => m.from === 'site' && m.to === 'site')?.count).toBe(5);
      expect(c.stages.map((s) => [s.stage, s.transitions, s.switches, s.repeatContacts])).toEqual([
        ['s-aware', 4, 2, 2],
        ['s-request', 1, 1, 1],
        ['s-contract', 0, 0, 0],
      ]);
      const short = await small.run({ kind: 'channels', journey: SMALL_JOURNEY, repeatWindowHours: 1.5 });
      expect(short.stages.map((s) => s.repeatContacts)).toEqual([1, 0, 0]);
      const young = c.mix.filter((m) => m.segment === '25-34');
      expect(young.reduce((s, m) => s + m.count, 0)).toBe(8);
    });

    test('segments: a breakdown by attribute with tests against the rest and BH-adjusted p', async () => {
      const s = await small.run({ kind: 'segments', journey: SMALL_JOURNEY, attribute: 'age_group' });
      expect(s.segments.map((x) => [x.segment, x.cases, x.reached, x.quit])).toEqual([
        ['25-34', 2, [2, 2, 1], 2],
        ['35-44', 3, [3, 2, 1], 1],
      ]);
      const conv = s.tests.find((t) => t.segment === '25-34' && t.metric === 'conversion:s-request');
      expect(conv).toMatchObject({ value: 1, n: 2, weak: true, test: 'two-proportion-z' });
      expect(conv?.rest).toBeCloseTo(2 / 3);
      for (const t of s.tests) expect(t.q).toBeGreaterThanOrEqual(t.p - 1e-12);
      await expect(
        small.run({ kind: 'segments', journey: SMALL_JOURNEY, attribute: 'region' }),
      ).rejects.toThrow(/Unknown attribute "region".*age_group/);
    });

    test("drivers of drop-off: odds ratio and Fisher's exact p per activity, channel and attribute", async () => {
      const d = await small.run({ kind: 'drivers', attributes: ['age_group'] });
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
    });

    test('a bad timestamp names its line and leaves no dataset behind', async () => {
      const events = SMALL_EVENTS.map((ev, i) => (i === 6 ? { ...ev, ts: '2024-13-45 25:00' } : ev));
      const path = join(dir, 'bad.csv');
      await writeFile(path, toCsv(events));
      const error = await engine.createDataset('bad', { events: { path } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IngestError);
      const ingest = error as IngestError;
      expect(ingest.badRows).toEqual([
        { line: 8, column: 'ts', value: '2024-13-45 25:00', problem: 'timestamp' },
      ]);
      expect(ingest.message).toContain('line 8');
      expect(ingest.text('ru')).toContain('строка 8');
      expect(await engine.hasDataset('bad')).toBe(false);
      expect((await readdir(join(dir, 'data', 'datasets'))).filter((f) => f.includes('bad'))).toEqual([]);
    });

    test('XES: a bad date names the line of its event; broken XML names its line', async () => {
      const events = SMALL_EVENTS.map((ev, i) => (i === 9 ? { ...ev, ts: 'soon' } : ev));
      const text = toXes(events);
      const path = join(dir, 'bad.xes');
      await writeFile(path, text);
      const error = await engine.createDataset('badxes', { events: { path } }).catch((e: unknown) => e);
      const lines = text.split('\n');
      const expected = lines.findIndex((l) => l.includes('value="soon"')) - 2 + 1;
      expect(lines[expected - 1]?.trim()).toBe('<event>');
      expect((error as IngestError).badRows).toEqual([
        { line: expected, column: 'time:timestamp', value: 'soon', problem: 'timestamp' },
      ]);
      await writeFile(path, text.replace('</trace>', '</trac>'));
      const broken = await engine.createDataset('badxes', { events: { path } }).catch((e: unknown) => e);
      expect((broken as IngestError).code).toBe('parse');
      expect((broken as IngestError).message).toMatch(/line \d+: not valid XES/);
      expect(await engine.hasDataset('badxes')).toBe(false);
    });

    test('refuses a UTF-16 file with a clear encoding error', async () => {
      const path = join(dir, 'utf16.csv');
      await writeFile(path, Buffer.from(`\uFEFF${toCsv(SMALL_EVENTS)}`, 'utf16le'));
      const error = await engine.createDataset('utf16', { events: { path } }).catch((e: unknown) => e);
      expect((error as IngestError).code).toBe('encoding');
      expect((error as IngestError).message).toMatch(/UTF-16.*UTF-8/);
      expect(await engine.hasDataset('utf16')).toBe(false);
    });

    test('reads Russian dates (дд.мм.гггг чч:мм) and date-only values', async () => {
      const path = join(dir, 'ru.csv');
      await writeFile(
        path,
        'ИД;Событие;Время\nк1;Звонок;05.03.2024 14:30\nк1;Письмо;2024-03-06\nк1;Встреча;06.03.2024 09:00\n',
      );
      await engine.createDataset('ru', {
        events: { path, mapping: { case: 'ИД', activity: 'Событие', timestamp: 'Время' } },
      });
      const ru = await engine.openDataset('ru');
      const graph = await ru.run({ kind: 'dfg' });
      expect(graph.edges).toEqual([
        {
          from: 'Звонок',
          to: 'Письмо',
          count: 1,
          meanSeconds: 34200,
          medianSeconds: 34200,
          p90Seconds: 34200,
        },
        {
          from: 'Письмо',
          to: 'Встреча',
          count: 1,
          meanSeconds: 32400,
          medianSeconds: 32400,
          p90Seconds: 32400,
        },
      ]);
    });

    test('surveys and feedback: range checks name the line, column and value', async () => {
      const events = writeSmallLog(await mkdtemp(join(dir, 's-')), 'csv');
      const surveys = join(dir, 'surveys.csv');
      await writeFile(
        surveys,
        'case_id,ts,stage,nps,csat,ces,comment\nc1,2024-01-02,s-request,9,5,,ok\nc2,2024-01-03,,11,,,\n',
      );
      const error = await engine
        .createDataset('sv', { events: { path: events }, surveys: { path: surveys } })
        .catch((e: unknown) => e);
      expect((error as IngestError).badRows).toEqual([
        { line: 3, column: 'nps', value: '11', problem: 'range' },
      ]);
      expect(await engine.hasDataset('sv')).toBe(false);

      await writeFile(
        surveys,
        'case_id,ts,stage,nps,csat,ces,comment\nc1,2024-01-02,s-request,9,5,,ok\nc2,2024-01-03,,3,,7,\n',
      );
      const feedback = join(dir, 'feedback.jsonl');
      await writeFile(
        feedback,
        `${JSON.stringify({ ts: '2024-01-05', source: 'customer', text: 'Долго ждали КП' })}\n`,
      );
      const summary = await engine.createDataset('sv', {
        events: { path: events },
        surveys: { path: surveys },
        feedback: { path: feedback, format: 'jsonl' },
      });
      expect([summary.surveys, summary.feedback]).toEqual([2, 1]);
      const scores = await (await engine.openDataset('sv')).run({ kind: 'surveyScores', groupBy: 'none' });
      expect(scores.groups[0]).toMatchObject({
        nps: { promoters: 1, passives: 0, detractors: 1 },
        csat: { satisfied: 1, n: 1 },
      });
    });

    test('reports progress through the callback, ending with done', async () => {
      const phases: string[] = [];
      const path = writeSmallLog(await mkdtemp(join(dir, 'p-')), 'xes');
      await engine.createDataset(
        'progress',
        { events: { path } },
        { onProgress: (p) => phases.push(p.phase) },
      );
      expect(phases[0]).toBe('read');
      expect(phases).toContain('sort');
      expect(phases.at(-1)).toBe('done');
    });

    test('two engine objects on one data directory share the dataset', async () => {
      const other = makeEngine(join(dir, 'data'));
      const fromOther = await other.openDataset('small');
      expect((await fromOther.run({ kind: 'stats' })).cases).toBe(5);
      await other.close();
      expect((await small.run({ kind: 'stats' })).cases).toBe(5);
    });

    test('line numbers count line breaks inside quoted fields and a byte-order mark', async () => {
      const path = join(dir, 'multiline.csv');
      await writeFile(
        path,
        '\uFEFFcase_id;activity;ts;note\r\nc1;a;2024-01-01;"two\r\nlines"\r\nc1;b;2024-01-02;x\r\nc2;a;not a date;y\r\n',
      );
      const error = await engine.createDataset('multiline', { events: { path } }).catch((e: unknown) => e);
      expect((error as IngestError).badRows).toEqual([
        { line: 5, column: 'ts', value: 'not a date', problem: 'timestamp' },
      ]);
    });

    test('a failed re-ingest keeps the previous dataset intact', async () => {
      const path = join(dir, 'missing.csv');
      await writeFile(path, 'who,what\nc1,x\n');
      const error = await engine.createDataset('small', { events: { path } }).catch((e: unknown) => e);
      expect((error as IngestError).code).toBe('missing-column');
      expect((error as IngestError).message).toContain('--case');
      const again = await engine.openDataset('small');
      expect((await again.run({ kind: 'stats' })).events).toBe(17);
    });
  });
}
