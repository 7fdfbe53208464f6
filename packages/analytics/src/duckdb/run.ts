import type { DuckDBConnection } from '@duckdb/node-api';
import { bindSql, type SqlFragment } from '../sql/sql.ts';

/** A row as DuckDB returns it in JSON form (BIGINT and HUGEINT come back as strings: cast in SQL). */
export type JsonRow = Record<string, unknown>;

/** Runs a statement for its effect. */
export async function exec(conn: DuckDBConnection, query: SqlFragment): Promise<void> {
  const { text, params } = bindSql(query);
  const start = performance.now();
  await conn.run(text, params);
  // TROPA_TRACE=1 prints each statement's time to stderr (for tuning ingest and queries).
  if (process.env.TROPA_TRACE) {
    process.stderr.write(
      `[sql ${(performance.now() - start).toFixed(0)} ms] ${text.replace(/\s+/g, ' ').slice(0, 90)}\n`,
    );
  }
}

/** Runs a query and returns its rows as plain objects; the SQL decides the shape, the caller names it. */
export async function rows<T = JsonRow>(conn: DuckDBConnection, query: SqlFragment): Promise<T[]> {
  const { text, params } = bindSql(query);
  const reader = await conn.runAndReadAll(text, params);
  return reader.getRowObjectsJson() as T[];
}

/** The single row of a query that returns exactly one. */
export async function one<T = JsonRow>(conn: DuckDBConnection, query: SqlFragment): Promise<T> {
  const [row] = await rows<T>(conn, query);
  if (row === undefined) throw new Error('Query returned no row');
  return row;
}
