import type { DfgQuery, DfgResult, NodeCount } from '../../engine/queries.ts';
import type { JourneyRules } from '../../mapping/journeyRules.ts';
import { ident, type SqlFragment, sql } from '../../sql/sql.ts';
import type { ClickHouseConnection } from '../connection.ts';
import { perCaseSql, stageOfSql, touchpointSql } from '../perCase.ts';
import type { DatasetTables } from '../tables.ts';

interface EdgeRow {
  src: string | number;
  dst: string | number;
  count: number;
  mean: number;
  q: [number, number];
}

/**
 * Directly-follows graph from each case's sorted event array: neighbours are the pairs of `arrayZip` over
 * the array without its last and without its first element; times by `dateDiff` in microseconds.
 */
export async function dfg(ch: ClickHouseConnection, t: DatasetTables, query: DfgQuery): Promise<DfgResult> {
  const level = query.level ?? 'activity';
  if (level === 'activity') return collect(ch, level, perCaseSql(t.events, sql`activity`), String);
  if (!query.journey) throw new Error(`A ${level}-level graph needs the journey map.`);
  const journey = query.journey;
  const tp = touchpointSql(journey);
  const node = level === 'touchpoint' ? tp : stageOfSql(journey, tp);
  const perCase = sql`SELECT case_idx, arraySort(e -> (e.1, e.2), groupArray((ts, seq, assumeNotNull(node)))) AS evs
    FROM (SELECT case_idx, ts, seq, ${node} AS node FROM ${ident(t.events)}) WHERE node IS NOT NULL GROUP BY case_idx`;
  // Stage level collapses consecutive events of one stage into one visit.
  const visits =
    level === 'stage'
      ? sql`SELECT case_idx, arrayFilter((e, prev) -> e.3 != prev, evs,
            arrayPushFront(arrayMap(x -> x.3, arrayPopBack(evs)), -1)) AS evs FROM (${perCase})`
      : perCase;
  return collect(ch, level, visits, (i) => nodeName(journey, level, Number(i)));
}

function nodeName(journey: JourneyRules, level: 'touchpoint' | 'stage', index: number): string {
  const item = level === 'touchpoint' ? journey.touchpoints[index] : journey.stages[index];
  if (!item) throw new Error(`Unknown ${level} index ${index}`);
  return item.id;
}

async function collect(
  ch: ClickHouseConnection,
  level: DfgResult['level'],
  perCase: SqlFragment,
  name: (node: string | number) => string,
): Promise<DfgResult> {
  // One pass over the arrays: every neighbour pair (kind 0), plus each case's first (1) and last (2) node.
  const groups = await ch.rows<EdgeRow & { kind: number }>(
    sql`SELECT x.4 AS kind, x.1 AS src, x.2 AS dst, count() AS count, avg(x.3) AS mean,
        quantilesExactInclusive(0.5, 0.9)(x.3) AS q
      FROM (${perCase})
      ARRAY JOIN arrayConcat(
        arrayMap((a, b) -> (a.3, b.3, dateDiff('microsecond', a.1, b.1) / 1e6, 0), arrayPopBack(evs), arrayPopFront(evs)),
        [(evs[1].3, evs[1].3, 0., 1), (evs[-1].3, evs[-1].3, 0., 2)]) AS x
      GROUP BY kind, src, dst ORDER BY count DESC, src, dst`,
  );
  const edges = groups.filter((g) => g.kind === 0);
  const nodesOf = (kind: number) =>
    new Map(groups.filter((g) => g.kind === kind).map((g) => [g.src, g.count]));
  const startsOf = nodesOf(1);
  const endsOf = nodesOf(2);
  const ends = [...new Set([...startsOf.keys(), ...endsOf.keys()])].map((node) => ({
    node,
    starts: startsOf.get(node) ?? 0,
    ends: endsOf.get(node) ?? 0,
  }));
  const totals = new Map<string | number, number>(ends.map((e) => [e.node, e.ends]));
  for (const e of edges) totals.set(e.src, (totals.get(e.src) ?? 0) + e.count);
  const counts = [...totals].map(([node, total]) => {
    const row = ends.find((e) => e.node === node);
    return { node, total, starts: row?.starts ?? 0, ends: row?.ends ?? 0 };
  });
  const named = (pick: 'total' | 'starts' | 'ends'): NodeCount[] =>
    counts
      .filter((c) => c[pick] > 0)
      .map((c) => ({ name: name(c.node), count: c[pick] }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return {
    level,
    nodes: named('total'),
    edges: edges.map((e) => ({
      from: name(e.src),
      to: name(e.dst),
      count: e.count,
      meanSeconds: e.mean,
      medianSeconds: e.q[0],
      p90Seconds: e.q[1],
    })),
    startActivities: named('starts'),
    endActivities: named('ends'),
  };
}
