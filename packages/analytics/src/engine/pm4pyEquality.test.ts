import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbEngine } from '../duckdb/duckdbEngine.ts';
import { countLog, median, type RefEvent, readCsvLog, readXesLog } from '../testing/referenceLog.ts';
import { sharedDataFile } from '../testing/sharedData.ts';
import type { AnalyticsEngine } from './engine.ts';

// PM4Py semantics, checked against a plain reference reader on the real public logs:
// events of a case sorted by time with a stable sort, activity = concept:name.
const LOGS: { name: string; file: string; read: (path: string) => Promise<RefEvent[]> }[] = [
  {
    name: 'running example (CSV)',
    file: 'pm4py-running-example/running-example.csv',
    read: (p) =>
      readCsvLog(p, ',', { case: 'case:concept:name', activity: 'concept:name', time: 'time:timestamp' }),
  },
  { name: 'running example (XES)', file: 'pm4py-running-example/running-example.xes', read: readXesLog },
  {
    name: 'receipt (CSV.gz, zone offsets)',
    file: 'receipt-wabo/receipt.csv.gz',
    read: (p) =>
      readCsvLog(p, ',', { case: 'case:concept:name', activity: 'concept:name', time: 'time:timestamp' }),
  },
  { name: 'helpdesk (XES.gz)', file: 'helpdesk/helpdesk.xes.gz', read: readXesLog },
  {
    name: 'sepsis (CSV with ;)',
    file: 'sepsis/sepsis.csv',
    read: (p) => readCsvLog(p, ';', { case: 'Case ID', activity: 'Activity', time: 'Complete Timestamp' }),
  },
  { name: 'bpic2012 (XES.gz, 262k events)', file: 'bpic2012/bpic2012.xes.gz', read: readXesLog },
];

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-3 + 1e-9 * Math.abs(b);

let dataDir: string;
let engine: AnalyticsEngine;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'tropa-pm4py-'));
  engine = new DuckDbEngine(dataDir);
});
afterAll(async () => {
  await engine.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('directly-follows graph, start/end activities and variants equal PM4Py on real logs', () => {
  LOGS.forEach((log, i) => {
    const path = sharedDataFile(log.file);
    it.skipIf(path === null)(log.name, async () => {
      if (path === null) return;
      const expected = countLog(await log.read(path));
      await engine.createDataset(`log${i}`, { events: { path } });
      const dataset = await engine.openDataset(`log${i}`);
      const graph = await dataset.run({ kind: 'dfg' });

      expect(graph.edges.length).toBe(expected.edges.size);
      for (const edge of graph.edges) {
        const ref = expected.edges.get(JSON.stringify([edge.from, edge.to]));
        expect(ref, `edge ${edge.from} → ${edge.to}`).toBeDefined();
        if (!ref) continue;
        expect(edge.count).toBe(ref.count);
        const mean = ref.seconds.reduce((s, x) => s + x, 0) / ref.count;
        expect(
          close(edge.meanSeconds, mean),
          `mean of ${edge.from} → ${edge.to}: ${edge.meanSeconds} vs ${mean}`,
        ).toBe(true);
        expect(close(edge.medianSeconds, median(ref.seconds))).toBe(true);
      }
      expect(new Map(graph.startActivities.map((s) => [s.name, s.count]))).toEqual(expected.starts);
      expect(new Map(graph.endActivities.map((s) => [s.name, s.count]))).toEqual(expected.ends);

      const variants = await dataset.run({ kind: 'variants', top: expected.variants.size });
      expect(variants.distinct).toBe(expected.variants.size);
      expect(new Map(variants.top.map((v) => [JSON.stringify(v.activities), v.count]))).toEqual(
        expected.variants,
      );
      expect(variants.other.count).toBe(0);
    });
  });
});
