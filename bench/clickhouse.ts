import { join } from 'node:path';
import type { Dataset, JourneyRules, QueryResults } from '../packages/analytics/src/index.ts';
import { ClickHouseEngine, isChdbInstalled } from '../packages/analytics/src/index.ts';
import { type Measurement, measure, type Row } from './measure.ts';

/** The DuckDB engine's answers and times, for the ClickHouse rows to be compared with. */
export interface DuckDbSteps {
  ingest?: Measurement;
  dfg?: { m: Measurement; result: QueryResults['dfg'] };
  variants?: { m: Measurement; result: QueryResults['variants'] };
  funnel?: { m: Measurement; result: QueryResults['funnel'] };
  channels?: { m: Measurement; result: QueryResults['channels'] };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sameEdges = (a: QueryResults['dfg'], b: QueryResults['dfg']) =>
  a.edges.length === b.edges.length &&
  a.edges.every((e, i) => {
    const o = b.edges[i];
    return o !== undefined && e.from === o.from && e.to === o.to && e.count === o.count;
  }) &&
  sameJson(a.nodes, b.nodes);

/**
 * The same steps on ClickHouse in-process (chdb), when it is installed: ingest of the same CSV and each
 * query; the "baseline" columns of these rows are the DuckDB engine's, "same" compares the answers.
 */
export async function benchChdb(
  dir: string,
  csv: string,
  events: number,
  journey: JourneyRules,
  duck: DuckDbSteps,
  log: (text: string) => void,
): Promise<Row[]> {
  if (!(await isChdbInstalled())) {
    log('(chdb not installed: ClickHouse rows skipped; npm i --no-save chdb@3.4.0)');
    return [];
  }
  const rows: Row[] = [];
  const engine = ClickHouseEngine.chdb(join(dir, 'chdb'));
  try {
    log('chdb: ingesting the CSV…');
    const ingest = await measure(events, () => engine.createDataset('bench', { events: { path: csv } }));
    rows.push({ step: 'chdb: ingest CSV', m: ingest.m, ...(duck.ingest ? { baseline: duck.ingest } : {}) });
    const dataset: Dataset = await engine.openDataset('bench');
    if (duck.dfg) {
      log('chdb: DFG…');
      const dfg = await measure(events, () => dataset.run({ kind: 'dfg' }));
      rows.push({
        step: 'chdb: DFG',
        m: dfg.m,
        baseline: duck.dfg.m,
        same: sameEdges(dfg.result, duck.dfg.result),
      });
    }
    if (duck.variants) {
      log('chdb: top-50 variants…');
      const variants = await measure(events, () => dataset.run({ kind: 'variants', top: 50 }));
      rows.push({
        step: 'chdb: top-50 variants',
        m: variants.m,
        baseline: duck.variants.m,
        same: sameJson(variants.result, duck.variants.result),
      });
    }
    if (duck.funnel) {
      log('chdb: 10-step funnel…');
      const funnel = await measure(events, () => dataset.run({ kind: 'funnel', journey }));
      rows.push({
        step: 'chdb: 10-step funnel',
        m: funnel.m,
        baseline: duck.funnel.m,
        same: sameJson(funnel.result, duck.funnel.result),
      });
    }
    if (duck.channels) {
      log('chdb: channel matrix…');
      const channels = await measure(events, () => dataset.run({ kind: 'channels' }));
      rows.push({
        step: 'chdb: channel switch matrix',
        m: channels.m,
        baseline: duck.channels.m,
        same: sameJson(channels.result.matrix, duck.channels.result.matrix),
      });
    }
  } finally {
    await engine.close();
  }
  return rows;
}
