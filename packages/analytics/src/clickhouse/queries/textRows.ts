import { ident, type SqlFragment, sql } from '../../sql/sql.ts';
import type { TextRowsQuery, TextRowsResult } from '../../text/textRows.ts';
import type { ClickHouseConnection } from '../connection.ts';
import { mappedSql } from '../perCase.ts';
import type { DatasetTables } from '../tables.ts';
import { segmentRelation } from './segmentRelation.ts';

/** A case index no case has: rows without a case join nothing in the ASOF join. */
const NO_CASE = 4294967295;

/**
 * Feedback and survey rows in file order, each with the stage of its case's latest mapped event at or
 * before it (ClickHouse's ASOF LEFT JOIN) and the case's segment.
 */
export async function textRows(
  ch: ClickHouseConnection,
  t: DatasetTables,
  query: TextRowsQuery,
): Promise<TextRowsResult> {
  const journey = query.journey;
  const stageIds = journey?.stages.map((s) => s.id) ?? [];
  const staged = journey
    ? sql`(SELECT case_idx, ts, stage FROM ${mappedSql(t.events, journey)} WHERE stage IS NOT NULL)`
    : sql`(SELECT toUInt32(0) AS case_idx, toDateTime64(0, 6, 'UTC') AS ts, CAST(NULL AS Nullable(Int32)) AS stage
        WHERE 0)`;
  const segment = query.segmentBy ? await segmentRelation(ch, t, query.segmentBy) : undefined;
  const segmentJoin = segment ? sql`LEFT JOIN ${segment} sg ON sg.case_idx = src.case_idx` : sql``;
  const segmentCol = segment ? sql`sg.segment` : sql`CAST(NULL AS Nullable(String))`;
  const read = (table: string, cols: SqlFragment) =>
    ch.rows<Record<string, unknown>>(
      sql`SELECT ${cols}, formatDateTime(src.ts, '%Y-%m-%dT%H:%i:%S') AS ts_text, m.stage AS stage_index,
          ${segmentCol} AS segment
        FROM (SELECT x.*, ifNull(c.case_idx, ${NO_CASE}) AS case_idx FROM ${ident(table)} x
          LEFT JOIN ${ident(t.cases)} c ON c.case_id = x.case_id) src
        ASOF LEFT JOIN ${staged} m ON m.case_idx = src.case_idx AND src.ts >= m.ts
        ${segmentJoin}
        ORDER BY src.seq`,
    );
  const stageOf = (r: Record<string, unknown>) =>
    typeof r.stage_index === 'number' ? (stageIds[r.stage_index] ?? null) : null;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const feedback = (
    await read(
      t.feedback,
      sql`src.source AS source, src.channel AS channel, src.case_id AS case_id, src.text AS text`,
    )
  ).map((r) => ({
    ts: String(r.ts_text),
    source: r.source === 'operator' ? ('operator' as const) : ('customer' as const),
    channel: str(r.channel),
    caseId: str(r.case_id),
    text: String(r.text ?? ''),
    caseStage: stageOf(r),
    segment: str(r.segment),
  }));
  const surveys = (
    await read(
      t.surveys,
      sql`src.case_id AS case_id, src.stage AS stage, src.touchpoint AS touchpoint, src.nps AS nps,
        src.csat AS csat, src.ces AS ces, src.comment AS comment`,
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
  }));
  return { feedback, surveys };
}
