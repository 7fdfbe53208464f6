import type { Query, QueryResults } from '../engine/queries.ts';
import { computeKpis } from '../kpis/computeKpis.ts';
import { journeyRules } from '../mapping/journeyRules.ts';
import type { ClickHouseConnection } from './connection.ts';
import { clickHouseKpiSampler } from './kpiSampler.ts';
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
import { textRows } from './queries/textRows.ts';
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
    case 'mapping':
      return mapping(ch, t, query);
    case 'funnel':
      return funnel(ch, t, query);
    case 'dropoff':
      return dropOff(ch, t, query);
    case 'stageTimes':
      return stageTimes(ch, t, query);
    case 'channels':
      return channels(ch, t, query);
    case 'segments':
      return segmentBreakdown(ch, t, query);
    case 'drivers':
      return drivers(ch, t, query);
    case 'surveyScores':
      return surveyScores(ch, t, query);
    case 'kpis':
      return computeKpis(clickHouseKpiSampler(ch, t, journeyRules(query.journey)), query);
    case 'textRows':
      return textRows(ch, t, query);
    case 'caseList':
      return caseList(ch, t, query);
  }
}
