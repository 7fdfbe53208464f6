import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseJourneyDocument } from '@tropa/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCsvFiles, generateDemo } from '../demo/index.ts';
import { DuckDbEngine } from '../duckdb/duckdbEngine.ts';
import type { Dataset, DatasetSources } from '../engine/engine.ts';
import type { Query } from '../engine/queries.ts';
import { journeyRules } from '../mapping/journeyRules.ts';
import { isChdbInstalled } from './chdbConnection.ts';
import { ClickHouseEngine } from './clickhouseEngine.ts';

const MAP_FILE = new URL('../../../../examples/b2b-partner-journey/ru/partner-journey.yaml', import.meta.url);

/** Numbers to 10 significant digits: the engines sum floating-point times in different orders. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number(value.toPrecision(10));
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

const chdb = await isChdbInstalled();
if (!chdb)
  console.warn(
    'SKIPPED: DuckDB vs chdb on the demo data: chdb is not installed (npm i --no-save chdb@3.4.0)',
  );
if (!chdb && process.env.CI === 'true')
  throw new Error('chdb is missing under CI: npm i --no-save chdb@3.4.0');

// Cross-engine: the demo data (several channels, surveys, feedback, attributes) with the example map gives the
// same answer to every query kind on DuckDB and on ClickHouse.
describe.skipIf(!chdb)('DuckDB and chdb agree on the demo data with the example map', () => {
  let dir: string;
  let duck: DuckDbEngine;
  let click: ClickHouseEngine;
  let a: Dataset;
  let b: Dataset;
  const parsed = parseJourneyDocument(readFileSync(MAP_FILE, 'utf8'), { file: MAP_FILE.pathname });
  if (!parsed.ok || parsed.document.kind !== 'journey') throw new Error('the example map does not parse');
  const document = parsed.document.journey;
  const journey = journeyRules(document);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tropa-engines-demo-'));
    for (const [name, content] of Object.entries(demoCsvFiles(generateDemo({ seed: 11, cases: 400 }))))
      await writeFile(join(dir, name), content, 'utf8');
    const sources: DatasetSources = {
      events: { path: join(dir, 'events.csv') },
      surveys: { path: join(dir, 'surveys.csv') },
      feedback: { path: join(dir, 'feedback.csv') },
    };
    duck = new DuckDbEngine(join(dir, 'duckdb'));
    click = ClickHouseEngine.chdb(join(dir, 'chdb'));
    await duck.createDataset('demo', sources);
    await click.createDataset('demo', sources);
    a = await duck.openDataset('demo');
    b = await click.openDataset('demo');
  }, 60_000);
  afterAll(async () => {
    await duck?.close();
    await click?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const queries: [string, Query][] = [
    ['stats', { kind: 'stats' }],
    ['dfg', { kind: 'dfg' }],
    ['touchpoint graph', { kind: 'dfg', level: 'touchpoint', journey }],
    ['stage graph', { kind: 'dfg', level: 'stage', journey }],
    ['variants', { kind: 'variants', top: 15 }],
    ['mapping', { kind: 'mapping', journey }],
    ['funnel by segment, 60-day window', { kind: 'funnel', journey, windowDays: 60, segmentBy: 'age_group' }],
    ['drop-off', { kind: 'dropoff', journey, churnAfterDays: 30 }],
    ['stage times', { kind: 'stageTimes', journey }],
    ['channels', { kind: 'channels', journey, segmentBy: 'age_group' }],
    ['segments', { kind: 'segments', journey, attribute: 'age_group' }],
    ['drivers', { kind: 'drivers', attributes: ['age_group'] }],
    ['survey scores by stage', { kind: 'surveyScores', groupBy: 'stage' }],
    ['text rows', { kind: 'textRows', journey, segmentBy: 'age_group' }],
    ['KPIs of the map, by segment', { kind: 'kpis', journey: document, segmentBy: 'age_group' }],
    ['KPIs of the map, by quarter', { kind: 'kpis', journey: document, periodKind: 'quarter' }],
  ];
  it('compares KPIs of every type the map has, with data behind them', async () => {
    const report = await b.run({ kind: 'kpis', journey: document });
    const measured = report.kpis.filter((k) => k.overall.n > 0).map((k) => k.type);
    expect(new Set(measured)).toEqual(
      new Set([
        'conversion',
        'nps',
        'repeat-deal',
        'time-between',
        'response-time',
        'ces',
        'support-contacts',
        'csat',
      ]),
    );
  });
  for (const [name, query] of queries) {
    it(name, async () => {
      expect(rounded(await b.run(query))).toEqual(rounded(await a.run(query)));
    });
  }

  it('every query kind over the middle third of the data’s time range', async () => {
    const stats = await a.run({ kind: 'stats' });
    const first = Date.parse(stats.firstEventAt ?? '');
    const span = Date.parse(stats.lastEventAt ?? '') - first;
    const period = { from: new Date(first + span / 3), until: new Date(first + (2 * span) / 3) };
    const [pa, pb] = [
      await duck.openDataset('demo', { period }),
      await click.openDataset('demo', { period }),
    ];
    try {
      const scoped = await pa.run({ kind: 'stats' });
      expect(scoped.events).toBeGreaterThan(0);
      expect(scoped.events).toBeLessThan(stats.events);
      for (const [name, query] of queries)
        expect(rounded(await pb.run(query)), name).toEqual(rounded(await pa.run(query)));
    } finally {
      await pa.close();
      await pb.close();
    }
  }, 60_000);
});
