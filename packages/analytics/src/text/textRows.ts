import type { DuckDBConnection } from '@duckdb/node-api';
import { segmentRelation } from '../duckdb/queries/segmentRelation.ts';
import { one, rows } from '../duckdb/run.ts';
import type { JourneyRules } from '../mapping/journeyRules.ts';
import { mappedEventsCte } from '../mapping/mappedEvents.ts';
import { ident, type SqlFragment, sql } from '../sql/sql.ts';

/** Feedback and survey rows for text analysis, each with the stage its case was in at that moment. */
export interface TextRowsQuery {
  kind: 'textRows';
  /** Resolves `case_id` + time → the stage of the case's latest mapped event at or before it. */
  journey?: JourneyRules;
  /** A case attribute to attach as `segment`. */
  segmentBy?: string;
}

/** One feedback message. */
export interface FeedbackRow {
  ts: string;
  source: 'customer' | 'operator';
  channel: string | null;
  caseId: string | null;
  text: string;
  /** Stage id of the case at `ts` (null without a case, a map, or a mapped event before it). */
  caseStage: string | null;
  segment: string | null;
}

/** One survey answer (scores and comment). */
export interface SurveyRow {
  ts: string;
  caseId: string | null;
  stage: string | null;
  touchpoint: string | null;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  comment: string | null;
  caseStage: string | null;
  segment: string | null;
}

export interface TextRowsResult {
  feedback: FeedbackRow[];
  surveys: SurveyRow[];
}

async function hasTable(conn: DuckDBConnection, name: string): Promise<boolean> {
  const { present } = await one<{ present: boolean }>(
    conn,
    sql`SELECT count(*) > 0 AS present FROM duckdb_tables() WHERE table_name = ${name}`,
  );
  return present;
}

/** Reads feedback and surveys with each row's case stage (ASOF join on the case's mapped events) and segment. */
export async function runTextRowsQuery(
  conn: DuckDBConnection,
  query: TextRowsQuery,
): Promise<TextRowsResult> {
  const journey = query.journey;
  const stageIds = journey?.stages.map((s) => s.id) ?? [];
  const stageCte: SqlFragment = journey
    ? sql`${mappedEventsCte(journey)}, staged AS (SELECT case_idx, ts, stage FROM mapped WHERE stage IS NOT NULL)`
    : sql`staged AS (SELECT NULL::INTEGER AS case_idx, NULL::TIMESTAMP AS ts, NULL::INTEGER AS stage WHERE false)`;
  const segment = query.segmentBy ? await segmentRelation(conn, query.segmentBy) : undefined;
  const segmentJoin = segment ? sql`LEFT JOIN ${segment} sg ON sg.case_idx = c.case_idx` : sql``;
  const segmentCol = segment ? sql`sg.segment` : sql`NULL::VARCHAR`;
  const read = async (table: 'feedback' | 'surveys', cols: SqlFragment) =>
    rows<Record<string, unknown>>(
      conn,
      sql`WITH ${stageCte},
        -- Rows are numbered in file order before the join, which may reorder them.
        src AS (SELECT t.*, c.case_idx FROM (SELECT row_number() OVER () AS rid, * FROM ${ident(table)}) t
          LEFT JOIN cases c ON c.case_id = t.case_id::VARCHAR)
      SELECT ${cols}, strftime(src.ts, '%Y-%m-%dT%H:%M:%S') AS ts_text, m.stage AS stage_index, ${segmentCol} AS segment
      FROM src ASOF LEFT JOIN staged m ON m.case_idx = src.case_idx AND src.ts >= m.ts
      LEFT JOIN cases c ON c.case_idx = src.case_idx ${segmentJoin}
      ORDER BY src.rid`,
    );
  const stageOf = (r: Record<string, unknown>) =>
    typeof r.stage_index === 'number' ? (stageIds[r.stage_index] ?? null) : null;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const feedback = (await hasTable(conn, 'feedback'))
    ? (await read('feedback', sql`src.source, src.channel, src.case_id, src.text`)).map((r) => ({
        ts: String(r.ts_text),
        source: r.source === 'operator' ? ('operator' as const) : ('customer' as const),
        channel: str(r.channel),
        caseId: str(r.case_id),
        text: String(r.text ?? ''),
        caseStage: stageOf(r),
        segment: str(r.segment),
      }))
    : [];
  const surveys = (await hasTable(conn, 'surveys'))
    ? (
        await read(
          'surveys',
          sql`src.case_id, src.stage, src.touchpoint, src.nps, src.csat, src.ces, src.comment`,
        )
      ).map((r) => ({
        ts: String(r.ts_text),
        caseId: str(r.case_id),
        stage: str(r.stage),
        touchpoint: str(r.touchpoint),
        nps: num(r.nps),
        csat: num(r.csat),
        ces: num(r.ces),
        comment: str(r.comment),
        caseStage: stageOf(r),
        segment: str(r.segment),
      }))
    : [];
  return { feedback, surveys };
}
