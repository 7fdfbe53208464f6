import type { DuckDBConnection } from '@duckdb/node-api';
import { computeKpis } from './computeKpis.ts';
import type { KpiQuery, KpiReport } from './kpiTypes.ts';

/**
 * The DuckDB engine's entry for the `kpis` query kind (duckdb/dispatch.ts):
 * `dataset.run({ kind: 'kpis', journey })` gives the KPI report.
 */
export function runKpiQuery(conn: DuckDBConnection, query: KpiQuery): Promise<KpiReport> {
  return computeKpis(conn, query);
}
