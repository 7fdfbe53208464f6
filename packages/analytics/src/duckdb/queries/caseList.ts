import type { DuckDBConnection } from '@duckdb/node-api';
import {
  CASE_PATH_LIMIT,
  type CaseListItem,
  type CaseListQuery,
  type CaseListResult,
} from '../../engine/queries.ts';
import { mappedEventsCte } from '../../mapping/mappedEvents.ts';
import { type SqlFragment, sql } from '../../sql/sql.ts';
import { one, rows } from '../run.ts';
import { dictionary } from './names.ts';

interface CaseRow {
  case_id: string;
  events: number;
  first_at: string;
  last_at: string;
  occ: number;
  med: number | null;
  path: number[];
  path_length: number;
  last_stage: number | null;
}

/** The cases behind one dfg node or edge, built from the same steps the dfg query counts. */
export async function caseList(conn: DuckDBConnection, query: CaseListQuery): Promise<CaseListResult> {
  const level = query.level ?? 'activity';
  const journey = query.journey;
  if (level !== 'activity' && !journey) throw new Error(`A ${level}-level case list needs the journey map.`);
  const names =
    level === 'activity'
      ? await dictionary(conn, 'activities')
      : level === 'touchpoint'
        ? (journey?.touchpoints.map((t) => t.id) ?? [])
        : (journey?.stages.map((s) => s.id) ?? []);
  const code = (name: string) => names.indexOf(name);
  const match = target(query, code);
  if (!match) return { total: 0, cases: [] };
  const mapped = journey ? sql`${mappedEventsCte(journey)},` : sql``;
  const nodes =
    level === 'activity'
      ? sql`nodes AS (SELECT case_idx, pos, ts, activity AS node FROM events)`
      : sql`nodes AS (SELECT case_idx, pos, ts, ${level === 'touchpoint' ? sql`tp` : sql`stage`} AS node FROM mapped WHERE ${level === 'touchpoint' ? sql`tp` : sql`stage`} IS NOT NULL)`;
  // Stage level collapses consecutive events of one stage into one visit, as the dfg does.
  const visits =
    level === 'stage'
      ? sql`visits AS (SELECT * FROM (SELECT case_idx, pos, ts, node, lag(node) OVER (PARTITION BY case_idx ORDER BY pos) AS prev FROM nodes) WHERE prev IS DISTINCT FROM node)`
      : sql`visits AS (SELECT case_idx, pos, ts, node FROM nodes)`;
  const ctes = sql`${mapped} ${nodes}, ${visits},
    steps AS (SELECT case_idx, pos, node, lead(node) OVER w AS nxt,
      ((epoch_us(lead(ts) OVER w) - epoch_us(ts)) / 1e6)::DOUBLE AS secs FROM visits
      WINDOW w AS (PARTITION BY case_idx ORDER BY pos)),
    hits AS (SELECT case_idx, count(*)::INTEGER AS occ,
      ${query.edge ? sql`median(secs)::DOUBLE` : sql`NULL::DOUBLE`} AS med FROM steps WHERE ${match} GROUP BY case_idx)`;
  const { total } = await one<{ total: number }>(
    conn,
    sql`WITH ${ctes} SELECT count(*)::INTEGER AS total FROM hits`,
  );
  const lastStage = journey
    ? sql`(SELECT arg_max(stage, pos) FILTER (WHERE stage IS NOT NULL) FROM mapped m WHERE m.case_idx = p.case_idx)`
    : sql`NULL`;
  const found = await rows<CaseRow>(
    conn,
    sql`WITH ${ctes},
      page AS (SELECT h.case_idx, h.occ, h.med, c.case_id, c.events, c.first_ts, c.last_ts FROM hits h
        JOIN cases c USING (case_idx) ORDER BY h.occ DESC, c.case_id LIMIT ${query.limit} OFFSET ${query.offset})
      SELECT p.case_id::VARCHAR AS case_id, p.events::INTEGER AS events, p.occ, p.med,
        strftime(p.first_ts, '%Y-%m-%dT%H:%M:%S.%gZ') AS first_at, strftime(p.last_ts, '%Y-%m-%dT%H:%M:%S.%gZ') AS last_at,
        (SELECT list(node ORDER BY pos)[1:${CASE_PATH_LIMIT}] FROM steps s WHERE s.case_idx = p.case_idx) AS path,
        (SELECT count(*)::INTEGER FROM steps s WHERE s.case_idx = p.case_idx) AS path_length,
        ${lastStage}::INTEGER AS last_stage
      FROM page p ORDER BY p.occ DESC, p.case_id`,
  );
  return { total, cases: found.map((r) => present(r, names, journey?.stages.map((s) => s.id) ?? [])) };
}

function target(query: CaseListQuery, code: (name: string) => number): SqlFragment | null {
  if (query.edge) {
    const from = code(query.edge.from);
    const to = code(query.edge.to);
    return from < 0 || to < 0 ? null : sql`node = ${from} AND nxt = ${to}`;
  }
  if (query.node === undefined) throw new Error('A case list needs a node or an edge.');
  const node = code(query.node);
  return node < 0 ? null : sql`node = ${node}`;
}

function present(r: CaseRow, names: string[], stages: string[]): CaseListItem {
  return {
    caseId: r.case_id,
    events: r.events,
    firstAt: r.first_at,
    lastAt: r.last_at,
    occurrences: r.occ,
    path: r.path.map((c) => names[c] ?? String(c)),
    pathLength: r.path_length,
    lastStage: r.last_stage === null ? null : (stages[r.last_stage] ?? null),
    medianSecondsOnEdge: r.med,
  };
}
