import type { Query, QueryResults } from '../engine/queries.ts';
import type { ClickHouseConnection } from './connection.ts';
import { dfg } from './queries/dfg.ts';
import { stats } from './queries/stats.ts';
import { variants } from './queries/variants.ts';
import type { DatasetTables } from './tables.ts';

/** Runs one query of the tagged union on a dataset's ClickHouse tables. */
export async function runClickHouseQuery(
  ch: ClickHouseConnection,
  t: DatasetTables,
  query: Query,
): Promise<QueryResults[Query['kind']]> {
  switch (query.kind) {
    case 'stats':
      return stats(ch, t);
    case 'dfg':
      return dfg(ch, t, query);
    case 'variants':
      return variants(ch, t, query);
    default:
      throw new Error(`The ClickHouse engine does not answer "${query.kind}" queries yet.`);
  }
}
