import { ClickHouseEngine } from '../clickhouse/clickhouseEngine.ts';
import { DuckDbEngine } from '../duckdb/duckdbEngine.ts';
import type { AnalyticsEngine } from './engine.ts';

/** How engines are named on the command line and in `TROPA_ANALYTICS`. */
export const ENGINE_SPECS = 'duckdb (default), chdb, clickhouse://USER:PASSWORD@HOST:8123/DB';

/**
 * The analytics engine a spec names: `duckdb` (or nothing), `chdb` (ClickHouse in-process), or
 * `clickhouse://USER:PASSWORD@HOST:8123/DB` (a ClickHouse server or cluster). `dataDir` holds the local
 * files (DuckDB datasets, chdb's data, ingest staging).
 * @example openEngine(process.env.TROPA_ANALYTICS, '.tropa/analytics')
 */
export function openEngine(spec: string | undefined, dataDir: string): AnalyticsEngine {
  if (spec === undefined || spec === '' || spec === 'duckdb') return new DuckDbEngine(dataDir);
  if (spec === 'chdb') return ClickHouseEngine.chdb(dataDir);
  if (/^clickhouses?:\/\//.test(spec)) return ClickHouseEngine.server(spec, dataDir);
  throw new Error(`Unknown analytics engine "${spec}": use ${ENGINE_SPECS}.`);
}
