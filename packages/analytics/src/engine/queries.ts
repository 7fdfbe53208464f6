import type { KpiQuery, KpiReport } from '../kpis/kpiTypes.ts';
import type { TextRowsQuery, TextRowsResult } from '../text/textRows.ts';
import type {
  DriversQuery,
  DriversResult,
  SegmentsQuery,
  SegmentsResult,
  SurveyScoresQuery,
  SurveyScoresResult,
} from './queries/analysis.ts';
import type { CaseListQuery, CaseListResult } from './queries/caseList.ts';
import type {
  DfgQuery,
  DfgResult,
  StatsQuery,
  StatsResult,
  VariantsQuery,
  VariantsResult,
} from './queries/graph.ts';
import type {
  ChannelsQuery,
  ChannelsResult,
  DropOffQuery,
  DropOffResult,
  FunnelQuery,
  FunnelResult,
  MappingQuery,
  MappingResult,
  StageTimesQuery,
  StageTimesResult,
} from './queries/journey.ts';

export * from './queries/analysis.ts';
export * from './queries/caseList.ts';
export * from './queries/graph.ts';
export * from './queries/journey.ts';

/**
 * Analytics queries as a `kind`-tagged union. Every engine answers every kind with the result
 * type named in `QueryResults`; the contract suite (contract.ts) checks that they agree.
 */

export type Query =
  | StatsQuery
  | DfgQuery
  | VariantsQuery
  | MappingQuery
  | FunnelQuery
  | DropOffQuery
  | StageTimesQuery
  | ChannelsQuery
  | SegmentsQuery
  | DriversQuery
  | SurveyScoresQuery
  | KpiQuery
  | TextRowsQuery
  | CaseListQuery;

/** The result type of each query kind. */
export interface QueryResults {
  stats: StatsResult;
  dfg: DfgResult;
  variants: VariantsResult;
  mapping: MappingResult;
  funnel: FunnelResult;
  dropoff: DropOffResult;
  stageTimes: StageTimesResult;
  channels: ChannelsResult;
  segments: SegmentsResult;
  drivers: DriversResult;
  surveyScores: SurveyScoresResult;
  /** The map's KPIs by period, segment and improvement (packages/analytics/src/kpis). */
  kpis: KpiReport;
  /** Feedback and survey rows with each case's stage at the time (packages/analytics/src/text). */
  textRows: TextRowsResult;
  /** The cases behind one node or edge of the dfg (engine/queries/caseList.ts). */
  caseList: CaseListResult;
}

export type QueryKind = Query['kind'];
export type ResultOf<Q extends Query> = QueryResults[Q['kind']];
