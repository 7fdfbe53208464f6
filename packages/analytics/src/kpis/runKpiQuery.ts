import type { DuckDBConnection } from '@duckdb/node-api';
import { journeyRules } from '../mapping/journeyRules.ts';
import { computeKpis } from './computeKpis.ts';
import type { KpiQuery, KpiReport } from './kpiTypes.ts';
import { duckDbKpiSampler } from './sql/duckDbSampler.ts';

/**
 * The DuckDB engine's entry for the `kpis` query kind (duckdb/dispatch.ts):
 * `dataset.run({ kind: 'kpis', journey })` gives the KPI report.
 */
export async function runKpiQuery(conn: DuckDBConnection, query: KpiQuery): Promise<KpiReport> {
  const sampler = duckDbKpiSampler(conn, journeyRules(query.journey));
  try {
    return await computeKpis(sampler, query);
  } finally {
    await sampler.close();
  }
}
