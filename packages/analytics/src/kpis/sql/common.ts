import { randomBytes } from 'node:crypto';
import type { DuckDBConnection } from '@duckdb/node-api';
import { NO_SEGMENT, segmentRelation } from '../../duckdb/queries/segmentRelation.ts';
import { exec, rows } from '../../duckdb/run.ts';
import type { JourneyRules } from '../../mapping/journeyRules.ts';
import { mappedEventsCte } from '../../mapping/mappedEvents.ts';
import { ident, type SqlFragment, sql } from '../../sql/sql.ts';
import type { Sample, SampleTable } from '../samples.ts';

/** A CTE `seg(case_idx, segment)`: the attribute's value of every case, or `''` when not segmenting. */
export async function segmentCte(
  conn: DuckDBConnection,
  attribute: string | undefined,
): Promise<SqlFragment> {
  if (!attribute) return sql`seg AS (SELECT case_idx, '' AS segment FROM cases)`;
  const relation = await segmentRelation(conn, attribute);
  return sql`seg AS (SELECT c.case_idx, coalesce(r.segment, ${NO_SEGMENT}) AS segment
    FROM cases c LEFT JOIN ${relation} r USING (case_idx))`;
}

/** Whether the dataset has a table (surveys and feedback are optional). */
export async function hasTable(conn: DuckDBConnection, name: string): Promise<boolean> {
  const [row] = await rows<{ n: number }>(
    conn,
    sql`SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = ${name}`,
  );
  return (row?.n ?? 0) > 0;
}

/** First and last time (UTC ISO) of the events and survey answers, or null for an empty dataset. */
export async function dataSpan(
  conn: DuckDBConnection,
  withSurveys: boolean,
): Promise<{ first: string; last: string } | null> {
  const times = withSurveys
    ? sql`SELECT ts FROM events UNION ALL SELECT ts FROM surveys`
    : sql`SELECT ts FROM events`;
  const [row] = await rows<{ first: string | null; last: string | null }>(
    conn,
    sql`SELECT strftime(min(ts), '%Y-%m-%dT%H:%M:%SZ') AS first, strftime(max(ts), '%Y-%m-%dT%H:%M:%SZ') AS last
      FROM (${times})`,
  );
  return row?.first && row.last ? { first: row.first, last: row.last } : null;
}

/** Collects `(bucket, segment, sample)` rows into a table. */
export function toTable<R extends { bucket: string; segment: string | null }>(
  list: readonly R[],
  sample: (row: R) => Sample,
): SampleTable {
  const table: SampleTable = new Map();
  for (const row of list) {
    const bySegment = table.get(row.bucket) ?? new Map<string, Sample>();
    bySegment.set(row.segment ?? '', sample(row));
    table.set(row.bucket, bySegment);
  }
  return table;
}

/**
 * Maps the events to the map's touchpoints and stages once, into a temporary table every KPI query reads
 * (instead of evaluating the match rules again for each KPI). Returns the table and how to drop it.
 */
export async function mappedEventsTable(
  conn: DuckDBConnection,
  journey: JourneyRules,
): Promise<{ table: SqlFragment; drop: () => Promise<void> }> {
  const table = ident(`kpi_mapped_${randomBytes(6).toString('hex')}`);
  await exec(
    conn,
    sql`CREATE TEMP TABLE ${table} AS WITH ${mappedEventsCte(journey)}
      SELECT case_idx, ts, seq, tp, stage FROM mapped WHERE stage IS NOT NULL`,
  );
  return { table, drop: () => exec(conn, sql`DROP TABLE IF EXISTS ${table}`) };
}
