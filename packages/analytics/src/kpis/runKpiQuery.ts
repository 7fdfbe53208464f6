import type { DuckDBConnection } from '@duckdb/node-api';
import { computeKpis } from './computeKpis.ts';
import type { KpiQuery, KpiReport } from './kpiTypes.ts';

/**
 * The hook for the engine: add `KpiQuery` to the `Query` union (engine/queries.ts), `kpis: KpiReport` to
 * `QueryResults`, and `case 'kpis': return runKpiQuery(conn, query);` to duckdb/dispatch.ts.
 * Then `dataset.run({ kind: 'kpis', journey })` gives the KPI report.
 */
export function runKpiQuery(conn: DuckDBConnection, query: KpiQuery): Promise<KpiReport> {
  return computeKpis(conn, query);
}
