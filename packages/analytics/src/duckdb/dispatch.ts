import type { DuckDBConnection } from '@duckdb/node-api';
import type { Query, QueryResults } from '../engine/queries.ts';
import { dfg } from './queries/dfg.ts';
import { stats } from './queries/stats.ts';
import { variants } from './queries/variants.ts';

/** Runs one query of the tagged union on a dataset's connection. */
export async function runDuckDbQuery(
  conn: DuckDBConnection,
  query: Query,
): Promise<QueryResults[Query['kind']]> {
  switch (query.kind) {
    case 'stats':
      return stats(conn);
    case 'dfg':
      return dfg(conn, query);
    case 'variants':
      return variants(conn, query);
    default:
      throw new Error(`Query kind "${query.kind}" is not supported by the DuckDB engine yet.`);
  }
}
