import {
  CASE_PATH_LIMIT,
  type CaseListItem,
  type CaseListQuery,
  type CaseListResult,
} from '../../engine/queries.ts';
import { ident, type SqlFragment, sql } from '../../sql/sql.ts';
import { type ClickHouseConnection, oneRow } from '../connection.ts';
import { isoFromMillis, stageOfSql, touchpointSql } from '../perCase.ts';
import type { DatasetTables } from '../tables.ts';

interface CaseRow {
  case_id: string;
  events: number;
  first: number;
  last: number;
  occ: number;
  med: number | null;
  path: (string | number)[];
  path_length: number;
  last_stage: number | null;
}

/**
 * The cases behind one dfg node or edge, from each case's sorted node array (the dfg's own arrays):
 * a node occurrence is an element equal to it, an edge occurrence a neighbour pair equal to it.
 */
export async function caseList(
  ch: ClickHouseConnection,
  t: DatasetTables,
  query: CaseListQuery,
): Promise<CaseListResult> {
  const level = query.level ?? 'activity';
  const journey = query.journey;
  if (level !== 'activity' && !journey) throw new Error(`A ${level}-level case list needs the journey map.`);
  const ids =
    level === 'touchpoint'
      ? (journey?.touchpoints.map((x) => x.id) ?? [])
      : (journey?.stages.map((s) => s.id) ?? []);
  // Activity nodes are the activity strings; touchpoint and stage nodes are indexes into the map.
  const value = (name: string): SqlFragment | null => {
    if (level === 'activity') return sql`toString(${name})`;
    const i = ids.indexOf(name);
    return i < 0 ? null : sql`toInt32(${i})`;
  };
  const match = hitsSql(query, value);
  if (!match) return { total: 0, cases: [] };
  const tp = journey ? touchpointSql(journey) : sql`CAST(NULL AS Nullable(Int32))`;
  const node =
    level === 'activity'
      ? sql`toString(activity)`
      : level === 'touchpoint'
        ? tp
        : stageOfSql(journey ?? { stages: [], touchpoints: [] }, tp);
  const perCase = sql`SELECT case_idx, arraySort(e -> (e.1, e.2), groupArray((ts, seq, assumeNotNull(node)))) AS evs
    FROM (SELECT case_idx, ts, seq, ${node} AS node FROM ${ident(t.events)}) WHERE node IS NOT NULL GROUP BY case_idx`;
  // Stage level collapses consecutive events of one stage into one visit, as the dfg does.
  const visits =
    level === 'stage'
      ? sql`SELECT case_idx, arrayFilter((e, prev) -> e.3 != prev, evs,
            arrayPushFront(arrayMap(x -> x.3, arrayPopBack(evs)), -1)) AS evs FROM (${perCase})`
      : perCase;
  const hits = sql`SELECT case_idx, arrayMap(e -> e.3, evs) AS nodes, ${match} AS hit, length(hit) AS occ
    FROM (${visits}) WHERE occ > 0`;
  const { total } = await oneRow<{ total: number }>(
    ch,
    sql`SELECT toUInt32(count()) AS total FROM (${hits})`,
  );
  const lastStage = journey
    ? sql`(SELECT case_idx, argMax(stage, (ts, seq)) AS last_stage FROM (SELECT case_idx, ts, seq, ${stageOfSql(journey, tp)} AS stage
        FROM ${ident(t.events)}) WHERE stage IS NOT NULL GROUP BY case_idx)`
    : sql`(SELECT toUInt32(0) AS case_idx, CAST(NULL AS Nullable(Int32)) AS last_stage WHERE 0)`;
  const found = await ch.rows<CaseRow>(
    sql`SELECT c.case_id AS case_id, toUInt32(c.events) AS events, toUInt32(h.occ) AS occ,
        ${query.edge ? sql`arrayReduce('quantileExactInclusive(0.5)', arrayMap(p -> p.3, h.hit))` : sql`CAST(NULL AS Nullable(Float64))`} AS med,
        toUnixTimestamp64Milli(c.first_ts) AS first, toUnixTimestamp64Milli(c.last_ts) AS last,
        arraySlice(h.nodes, 1, toUInt32(${CASE_PATH_LIMIT})) AS path, toUInt32(length(h.nodes)) AS path_length,
        ls.last_stage AS last_stage
      FROM (${hits}) AS h JOIN ${ident(t.cases)} AS c ON c.case_idx = h.case_idx
      LEFT JOIN ${lastStage} AS ls ON ls.case_idx = h.case_idx
      ORDER BY occ DESC, case_id LIMIT toUInt32(${query.limit}) OFFSET toUInt32(${query.offset})`,
  );
  const stages = journey?.stages.map((s) => s.id) ?? [];
  return { total, cases: found.map((r) => present(r, level === 'activity' ? null : ids, stages)) };
}

/** The matching occurrences of a case as an array: its nodes equal to the node, or its pairs equal to the edge. */
function hitsSql(query: CaseListQuery, value: (name: string) => SqlFragment | null): SqlFragment | null {
  if (query.edge) {
    const from = value(query.edge.from);
    const to = value(query.edge.to);
    if (!from || !to) return null;
    return sql`arrayFilter(p -> p.1 = ${from} AND p.2 = ${to},
      arrayMap((a, b) -> (a.3, b.3, dateDiff('microsecond', a.1, b.1) / 1e6), arrayPopBack(evs), arrayPopFront(evs)))`;
  }
  if (query.node === undefined) throw new Error('A case list needs a node or an edge.');
  const node = value(query.node);
  return node ? sql`arrayFilter(n -> n = ${node}, arrayMap(e -> e.3, evs))` : null;
}

function present(r: CaseRow, ids: string[] | null, stages: string[]): CaseListItem {
  return {
    caseId: r.case_id,
    events: Number(r.events),
    firstAt: isoFromMillis(Number(r.first)) ?? '',
    lastAt: isoFromMillis(Number(r.last)) ?? '',
    occurrences: Number(r.occ),
    path: r.path.map((n) => (ids ? (ids[Number(n)] ?? String(n)) : String(n))),
    pathLength: Number(r.path_length),
    lastStage: r.last_stage === null ? null : (stages[Number(r.last_stage)] ?? null),
    medianSecondsOnEdge: r.med === null ? null : Number(r.med),
  };
}
