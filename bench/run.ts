/**
 * `npm run bench [-- --scale 0.01] [--seed 7] [--dir DIR] [--only STEP]`: generates a seeded log (scale 1 =
 * 1M cases, ~10M events), ingests it, and times each analytics step beside a plain-SQL baseline run in the
 * same process. `--only dfg|variants|funnel|channels|xes` runs one step (plus the ingest it needs);
 * `--reuse` (with `--dir`) keeps the log, dataset and baseline a previous run left in DIR. When chdb is
 * installed the same steps run on ClickHouse in-process too (`--no-chdb` leaves them out). `--only web` runs
 * the browser bench of the map editor alone (bench/web.ts; skipped without /usr/bin/chromium).
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { DuckDbEngine } from '../packages/analytics/src/index.ts';
import { CHROMIUM } from '../packages/web/e2e/appServer.ts';
import { baselineChannels, baselineDfg, baselineFunnel, baselineVariants, loadBaseline } from './baseline.ts';
import { benchChdb, type DuckDbSteps } from './clickhouse.ts';
import { benchJourney, generateLog } from './generateLog.ts';
import { measure, type Row, table } from './measure.ts';
import { benchWeb, WEB_HEADER } from './web.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '7' },
    dir: { type: 'string' },
    only: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    'no-chdb': { type: 'boolean', default: false },
  },
});
const STEPS = ['dfg', 'variants', 'funnel', 'channels', 'xes', 'web'];
if (values.only !== undefined && !STEPS.includes(values.only))
  throw new Error(`--only takes one of ${STEPS.join(', ')}`);
const wants = (step: string) => values.only === undefined || values.only === step;
const needsLog = STEPS.filter((s) => s !== 'xes' && s !== 'web').some(wants);
const scale = Number(values.scale);
const seed = Number(values.seed);
if (!(scale > 0) || !Number.isInteger(seed))
  throw new Error('--scale takes a positive number, --seed an integer');
const cases = Math.round(1_000_000 * scale);
const dir = resolve(values.dir ?? join(tmpdir(), `tropa-bench-${process.pid}`));
await mkdir(dir, { recursive: true });
const csv = join(dir, 'events.csv');
const rows: Row[] = [];
const duck: DuckDbSteps = {};
const log = (text: string) => process.stderr.write(`${text}\n`);

try {
  const engine = new DuckDbEngine(join(dir, 'data'));
  let events = 0;
  if (needsLog) {
    const reuse =
      values.reuse && existsSync(csv) && existsSync(join(dir, 'data', 'datasets', 'bench.duckdb'));
    if (reuse) log(`Reusing the log and dataset in ${dir}`);
    else {
      log(`Generating ${cases.toLocaleString('en-US')} cases (seed ${seed}) into ${csv}…`);
      const gen = await measure(0, () => generateLog(csv, cases, seed));
      events = gen.result;
      const mb = (await stat(csv)).size / 2 ** 20;
      log(
        `  ${events.toLocaleString('en-US')} events, ${mb.toFixed(0)} MB of CSV in ${gen.m.seconds.toFixed(1)} s`,
      );
      log('Ingesting the CSV…');
      const ingest = await measure(events, () => engine.createDataset('bench', { events: { path: csv } }));
      rows.push({ step: `ingest CSV (${(events / 1e6).toFixed(2)}M rows)`, m: ingest.m, target: 30 * scale });
      duck.ingest = ingest.m;
    }

    const baseFile = join(dir, 'baseline.duckdb');
    const baseLoaded = reuse && existsSync(baseFile);
    const baseInstance = await DuckDBInstance.create(baseFile);
    const base = await baseInstance.connect();
    if (!baseLoaded) {
      log('Loading the baseline table (as is, unsorted)…');
      const baseLoad = await measure(events, () => loadBaseline(base, csv));
      rows.push({ step: 'baseline: load CSV as is', m: baseLoad.m });
    } else await base.run(`SET TimeZone = 'UTC'`);

    const dataset = await engine.openDataset('bench');
    if (reuse) events = (await dataset.run({ kind: 'stats' })).events;
    const journey = benchJourney();
    const sum = (xs: { count?: unknown }[]) => xs.reduce((s, x) => s + Number(x.count), 0);

    if (wants('dfg')) {
      log('DFG with times…');
      const dfg = await measure(events, () => dataset.run({ kind: 'dfg' }));
      duck.dfg = dfg;
      const bDfg = await measure(events, () => baselineDfg(base));
      rows.push({
        step: 'DFG with mean/median/p90',
        m: dfg.m,
        baseline: bDfg.m,
        target: 1,
        same: dfg.result.edges.length === bDfg.result.length && sum(dfg.result.edges) === sum(bDfg.result),
      });
    }

    if (wants('variants')) {
      log('Top-50 variants…');
      const variants = await measure(events, () => dataset.run({ kind: 'variants', top: 50 }));
      duck.variants = variants;
      const bVariants = await measure(events, () => baselineVariants(base, 50));
      rows.push({
        step: 'top-50 variants',
        m: variants.m,
        baseline: bVariants.m,
        target: 2,
        same: variants.result.top.every((v, i) => v.count === Number(bVariants.result[i]?.count)),
      });
    }

    if (wants('funnel')) {
      log('10-step funnel…');
      const funnel = await measure(events, () => dataset.run({ kind: 'funnel', journey }));
      duck.funnel = funnel;
      const bFunnel = await measure(events, () => baselineFunnel(base, journey));
      rows.push({
        step: '10-step funnel',
        m: funnel.m,
        baseline: bFunnel.m,
        target: 1,
        same: funnel.result.steps.every((s, i) => s.cases === bFunnel.result[i]),
      });
    }

    if (wants('channels')) {
      log('Channel matrix…');
      const channels = await measure(events, () => dataset.run({ kind: 'channels' }));
      duck.channels = channels;
      const bChannels = await measure(events, () => baselineChannels(base));
      rows.push({
        step: 'channel switch matrix',
        m: channels.m,
        baseline: bChannels.m,
        target: 1,
        same:
          channels.result.matrix.length === bChannels.result.length &&
          channels.result.transitions === sum(bChannels.result),
      });
    }
    base.closeSync();
    baseInstance.closeSync();
    if (!values['no-chdb']) rows.push(...(await benchChdb(dir, csv, events, journey, duck, log)));
  }

  const bpic = join(
    process.env.TROPA_DATA_DIR ?? resolve(import.meta.dirname, '../../shared/data'),
    'bpic2012/bpic2012.xes.gz',
  );
  if (wants('xes') && existsSync(bpic)) {
    log('XES ingest of bpic2012…');
    const xes = await measure(262_200, () => engine.createDataset('bpic', { events: { path: bpic } }));
    rows.push({ step: 'ingest XES bpic2012 (262k events)', m: xes.m, target: 3 });
  } else if (wants('xes')) log(`(bpic2012 not found at ${bpic}: XES step skipped)`);
  await engine.close();

  if (wants('web') && existsSync(CHROMIUM)) {
    const web = await benchWeb({ seed, runs: 5, log });
    process.stdout.write(`\n${WEB_HEADER}\n${web.notes.join('\n')}\n\n${table(web.rows)}\n`);
  } else if (wants('web')) log(`(${CHROMIUM} not found: the browser bench skipped)`);

  if (rows.length > 0) {
    process.stdout.write(
      `\nTropa analytics bench — scale ${scale} (${cases.toLocaleString('en-US')} cases, ${events.toLocaleString('en-US')} events), seed ${seed}\n`,
    );
    process.stdout.write(
      `Targets are for scale 1 on 2 cores (ingest target scaled with the data). On chdb rows the baseline is the DuckDB engine.\n\n${table(rows)}\n`,
    );
  }
} finally {
  if (!values.dir) await rm(dir, { recursive: true, force: true });
}
