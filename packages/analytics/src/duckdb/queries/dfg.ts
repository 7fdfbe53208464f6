import type { DuckDBConnection } from '@duckdb/node-api';
import type { DfgQuery, DfgResult, NodeCount } from '../../engine/queries.ts';
import type { JourneyRules } from '../../mapping/journeyRules.ts';
import { mappedEventsCte } from '../../mapping/mappedEvents.ts';
import { type SqlFragment, sql } from '../../sql/sql.ts';
import { rows } from '../run.ts';
import { dictionary, nameOf } from './names.ts';

interface EdgeRow {
  src: number;
  dst: number;
  count: number;
  mean: number;
  q: [number, number];
}

// Both quantiles from one sort of each edge's times.
const EDGE_AGG = sql`count(*)::INTEGER AS count, avg(secs)::DOUBLE AS mean,
  quantile_cont(secs, [0.5, 0.9])::DOUBLE[] AS q`;

/** Directly-follows graph at activity, touchpoint or stage level, with start and end nodes. */
export async function dfg(conn: DuckDBConnection, query: DfgQuery): Promise<DfgResult> {
  const level = query.level ?? 'activity';
  if (level === 'activity') {
    // Activity level reads the successor columns laid down at ingest: no window at query time.
    const steps = sql`steps AS (SELECT activity AS node, next_activity AS nxt, next_seconds AS secs, pos = 0 AS first FROM events)`;
    const names = await dictionary(conn, 'activities');
    return collect(conn, level, steps, (code) => nameOf(names, code));
  }
  if (!query.journey) throw new Error(`A ${level}-level graph needs the journey map.`);
  const journey = query.journey;
  const field = level === 'touchpoint' ? sql`tp` : sql`stage`;
  // Stage level collapses consecutive events of one stage into one visit.
  const visits =
    level === 'stage'
      ? sql`visits AS (SELECT * FROM (SELECT case_idx, pos, ts, node, lag(node) OVER (PARTITION BY case_idx ORDER BY pos) AS prev FROM nodes) WHERE prev IS DISTINCT FROM node)`
      : sql`visits AS (SELECT case_idx, pos, ts, node FROM nodes)`;
  const steps = sql`${mappedEventsCte(journey)},
    nodes AS (SELECT case_idx, pos, ts, ${field} AS node FROM mapped WHERE ${field} IS NOT NULL),
    ${visits},
    steps AS (SELECT node, lead(node) OVER w AS nxt, ((epoch_us(lead(ts) OVER w) - epoch_us(ts)) / 1e6)::DOUBLE AS secs,
      row_number() OVER w = 1 AS first FROM visits WINDOW w AS (PARTITION BY case_idx ORDER BY pos))`;
  return collect(conn, level, steps, (i) => nodeName(journey, level, i));
}

function nodeName(journey: JourneyRules, level: 'touchpoint' | 'stage', index: number): string {
  const item = level === 'touchpoint' ? journey.touchpoints[index] : journey.stages[index];
  if (!item) throw new Error(`Unknown ${level} index ${index}`);
  return item.id;
}

async function collect(
  conn: DuckDBConnection,
  level: DfgResult['level'],
  steps: SqlFragment,
  name: (code: number) => string,
): Promise<DfgResult> {
  const edges = await rows<EdgeRow>(
    conn,
    sql`WITH ${steps} SELECT node AS src, nxt AS dst, ${EDGE_AGG} FROM steps WHERE nxt IS NOT NULL GROUP BY ALL ORDER BY count DESC, src, dst`,
  );
  // Only first and last events are grouped; a node's total is its outgoing edges plus the cases ending there.
  const ends = await rows<{ node: number; starts: number; ends: number }>(
    conn,
    sql`WITH ${steps} SELECT node, count(*) FILTER (WHERE first)::INTEGER AS starts,
      count(*) FILTER (WHERE nxt IS NULL)::INTEGER AS ends FROM steps WHERE first OR nxt IS NULL GROUP BY node`,
  );
  const totals = new Map<number, number>(ends.map((e) => [e.node, e.ends]));
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
