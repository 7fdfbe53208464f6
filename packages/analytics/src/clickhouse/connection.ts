import type { SqlFragment } from '../sql/sql.ts';

/**
 * What the ClickHouse engine needs of a server: parameterized queries and statements, and bulk inserts
 * of Parquet files. Implemented in-process by chdb and over HTTP by @clickhouse/client.
 */
export interface ClickHouseConnection {
  /** `chdb` or `clickhouse`, for messages. */
  readonly kind: 'chdb' | 'clickhouse';
  /** Rows of a query as plain objects (JSONEachRow; 64-bit integers as numbers). */
  rows<T>(query: SqlFragment): Promise<T[]>;
  /** Runs a statement for its effect. */
  exec(query: SqlFragment): Promise<void>;
  /** Inserts one Parquet file (one batch) into a table whose columns match it by name. */
  insertParquet(table: string, path: string): Promise<void>;
  close(): Promise<void>;
}

/** The single row of a query that returns exactly one. */
export async function oneRow<T>(conn: ClickHouseConnection, query: SqlFragment): Promise<T> {
  const [row] = await conn.rows<T>(query);
  if (row === undefined) throw new Error('Query returned no row');
  return row;
}
