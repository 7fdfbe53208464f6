import type { DuckDBConnection } from '@duckdb/node-api';
import type { Query, QueryResults } from '../engine/queries.ts';
import { runKpiQuery } from '../kpis/runKpiQuery.ts';
import { runTextRowsQuery } from '../text/textRows.ts';
import { caseList } from './queries/caseList.ts';
import { channels } from './queries/channels.ts';
import { dfg } from './queries/dfg.ts';
import { drivers } from './queries/drivers.ts';
import { dropOff } from './queries/dropOff.ts';
import { funnel } from './queries/funnel.ts';
import { mapping } from './queries/mapping.ts';
import { segmentBreakdown } from './queries/segmentBreakdown.ts';
import { stageTimes } from './queries/stageTimes.ts';
import { stats } from './queries/stats.ts';
import { surveyScores } from './queries/surveyScores.ts';
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
    case 'mapping':
      return mapping(conn, query);
    case 'funnel':
      return funnel(conn, query);
    case 'dropoff':
      return dropOff(conn, query);
    case 'stageTimes':
      return stageTimes(conn, query);
    case 'channels':
      return channels(conn, query);
    case 'segments':
      return segmentBreakdown(conn, query);
    case 'drivers':
      return drivers(conn, query);
    case 'surveyScores':
      return surveyScores(conn, query);
    case 'kpis':
      return runKpiQuery(conn, query);
    case 'textRows':
      return runTextRowsQuery(conn, query);
    case 'caseList':
      return caseList(conn, query);
  }
}
