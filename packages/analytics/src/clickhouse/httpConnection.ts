import { createReadStream } from 'node:fs';
import { createClient } from '@clickhouse/client';
import type { SqlFragment } from '../sql/sql.ts';
import { toClickHouse } from './chSql.ts';
import type { ClickHouseConnection } from './connection.ts';

/** Where a ClickHouse server is, parsed from `clickhouse://USER:PASSWORD@HOST:8123/DB`. */
export interface ClickHouseTarget {
  url: string;
  username: string;
  password: string;
  database: string;
}

/**
 * Parses an engine URL (`clickhouse://` for HTTP, `clickhouses://` for HTTPS); the database defaults to
 * `default`. The password is URL-decoded and never echoed in errors.
 */
export function parseClickHouseUrl(spec: string): ClickHouseTarget {
  let url: URL;
  try {
    url = new URL(spec);
  } catch {
    throw new Error('Invalid ClickHouse URL: use clickhouse://USER:PASSWORD@HOST:8123/DB.');
  }
  if (url.protocol !== 'clickhouse:' && url.protocol !== 'clickhouses:')
    throw new Error('Invalid ClickHouse URL: it starts with clickhouse:// (or clickhouses:// for HTTPS).');
  const scheme = url.protocol === 'clickhouses:' ? 'https' : 'http';
  return {
    url: `${scheme}://${url.hostname}:${url.port || (scheme === 'https' ? '8443' : '8123')}`,
    username: decodeURIComponent(url.username) || 'default',
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.replace(/^\//, '')) || 'default',
  };
}

const SETTINGS = {
  output_format_json_quote_64bit_integers: 0,
  max_partitions_per_insert_block: '0',
  // LEFT JOINs give NULL (not a type's default) where nothing matched, as in standard SQL and DuckDB.
  join_use_nulls: 1,
} as const;

/** A ClickHouse server (or a cluster's node) over HTTP through the official client. */
export function openClickHouseHttp(target: ClickHouseTarget): ClickHouseConnection {
  const client = createClient({
    url: target.url,
    username: target.username,
    password: target.password,
    database: target.database,
    clickhouse_settings: SETTINGS,
  });
  return {
    kind: 'clickhouse',
    async rows<T>(query: SqlFragment) {
      const { text, params } = toClickHouse(query);
      const result = await client.query({ query: text, query_params: params, format: 'JSONEachRow' });
      return result.json<T>();
    },
    async exec(query: SqlFragment) {
      const { text, params } = toClickHouse(query);
      await client.command({ query: text, query_params: params });
    },
    async insertParquet(table: string, path: string) {
      // The file is streamed to the server as one INSERT (one batch of rows).
      await client.insert({ table, values: createReadStream(path), format: 'Parquet' });
    },
    async close() {
      await client.close();
    },
  };
}
