import type { DuckDBConnection } from '@duckdb/node-api';
import { exec, one, rows } from '../duckdb/run.ts';
import { ident, joinSql, type SqlFragment, sql } from '../sql/sql.ts';
import type { ColumnMapping } from './columns.ts';
import { type BadRow, badRowsError, fileError } from './errors.ts';
import type { SourceRelation } from './sources.ts';
import { parseTimestampSql } from './timestamps.ts';
import { XES_EVENT_KEY } from './xes.ts';

/** Columns of `events` and `cases` that a source attribute may not take (it gets an `attr:` prefix). */
const RESERVED = new Set([
  'case_idx',
  'case_id',
  'ts',
  'seq',
  'activity',
  'channel',
  'resource',
  'pos',
  'next_activity',
  'next_seconds',
  'next_channel',
  'first_ts',
  'last_ts',
  'events',
  'variant_id',
]);

export interface BuiltEvents {
  events: number;
  cases: number;
  activities: number;
  channels: number;
  attributes: string[];
}

/**
 * Reads the source into the dataset's tables, all in the open transaction:
 * `events` sorted by (case, ts, file order) with activity and channel as integer codes,
 * `activities` / `channels` dictionaries, `cases` with their attributes and variant, `variants`.
 */
export async function buildEvents(
  conn: DuckDBConnection,
  file: string,
  source: SourceRelation,
  mapping: ColumnMapping,
  /** Called when the rows are read and the sorting starts. */
  onSort?: () => void,
): Promise<BuiltEvents> {
  const mapped = new Set(Object.values(mapping));
  const extras = source.columns.filter((c) => !mapped.has(c) && c !== XES_EVENT_KEY);
  const col = (name: string | undefined) =>
    name === undefined ? sql`NULL` : sql`NULLIF(${source.column(name)}, '')`;
  const extraCols = extras.map((name, i) => sql`${col(name)} AS ${ident(`x${i}`)}`);
  // The timestamp text is kept only where it failed to parse, for the error message.
  await exec(
    conn,
    // Internal names start with __tropa_ so that no column of the user's file can shadow them.
    sql`CREATE TEMP TABLE staged AS SELECT * EXCLUDE (__tropa_ts_text),
        CASE WHEN ts IS NULL THEN __tropa_ts_text END AS ts_text FROM (
      SELECT __tropa_seq AS seq, ${source.line(sql`__tropa_seq`)}::INTEGER AS line,
        ${col(mapping.case)} AS case_id, ${col(mapping.activity)} AS activity,
        ${col(mapping.timestamp)} AS __tropa_ts_text, ${parseTimestampSql(sql`__tropa_ts_text`)} AS ts,
        ${col(mapping.channel)} AS channel, ${col(mapping.resource)} AS resource
        ${extraCols.length ? sql`, ${joinSql(extraCols, ', ')}` : sql``}
      FROM (SELECT ${source.seq ?? sql`(row_number() OVER () - 1)::BIGINT`} AS __tropa_seq, * FROM ${source.from}) src)`,
  ).catch((error: Error) => {
    throw fileError('parse', file, {
      en: `cannot read: ${error.message}`,
      ru: `не удаётся прочитать: ${error.message}`,
    });
  });
  await rejectBadRows(conn, file, mapping, source);

  const caseLevel = await caseLevelExtras(conn, extras.length);
  const name = (i: number) => {
    const source = extras[i] as string;
    return RESERVED.has(source.toLowerCase()) ? `attr:${source}` : source;
  };
  const eventExtras = extras.map((_, i) => i).filter((i) => !caseLevel.has(i));
  const caseExtras = extras.map((_, i) => i).filter((i) => caseLevel.has(i));

  onSort?.();
  await exec(
    conn,
    sql`CREATE TABLE activities AS SELECT (row_number() OVER (ORDER BY name) - 1)::INTEGER AS code, name
    FROM (SELECT DISTINCT activity AS name FROM staged)`,
  );
  await exec(
    conn,
    sql`CREATE TABLE channels AS SELECT (row_number() OVER (ORDER BY name) - 1)::INTEGER AS code, name
    FROM (SELECT DISTINCT channel AS name FROM staged WHERE channel IS NOT NULL)`,
  );
  await exec(
    conn,
    sql`CREATE TEMP TABLE case_index AS SELECT (row_number() OVER (ORDER BY case_id) - 1)::INTEGER AS case_idx, case_id
    FROM (SELECT DISTINCT case_id FROM staged)`,
  );
  const eventExtraCols = eventExtras.map((i) => sql`, s.${ident(`x${i}`)} AS ${ident(name(i))}`);
  await exec(
    conn,
    sql`CREATE TABLE events AS SELECT c.case_idx, s.ts, s.seq, a.code AS activity, ch.code AS channel, s.resource
        ${joinSql(eventExtraCols, ' ')},
        (row_number() OVER w - 1)::INTEGER AS pos,
        lead(a.code) OVER w AS next_activity,
        ((epoch_us(lead(s.ts) OVER w) - epoch_us(s.ts)) / 1e6)::DOUBLE AS next_seconds,
        lead(ch.code) OVER w AS next_channel
      FROM staged s JOIN case_index c USING (case_id) JOIN activities a ON a.name = s.activity
        LEFT JOIN channels ch ON ch.name = s.channel
      WINDOW w AS (PARTITION BY c.case_idx ORDER BY s.ts, s.seq)
      ORDER BY c.case_idx, pos`,
  );
  await buildCasesAndVariants(
    conn,
    caseExtras.map((i) => sql`, any_value(${ident(`x${i}`)}) AS ${ident(name(i))}`),
  );
  await exec(conn, sql`CREATE TABLE attributes (name VARCHAR, column_name VARCHAR, level VARCHAR)`);
  for (const i of extras.keys()) {
    const level = caseLevel.has(i) ? 'case' : 'event';
    await exec(conn, sql`INSERT INTO attributes VALUES (${extras[i] as string}, ${name(i)}, ${level})`);
  }
  const counts = await one<Omit<BuiltEvents, 'attributes'>>(
    conn,
    sql`SELECT (SELECT count(*) FROM events)::INTEGER AS events, (SELECT count(*) FROM cases)::INTEGER AS cases,
      (SELECT count(*) FROM activities)::INTEGER AS activities, (SELECT count(*) FROM channels)::INTEGER AS channels`,
  );
  await exec(conn, sql`DROP TABLE staged`);
  await exec(conn, sql`DROP TABLE case_index`);
  return { ...counts, attributes: extras };
}

/**
 * Variants are found by a fingerprint of each case's sequence — two sums of hashes of (activity, position),
 * 128 bits with the length — which is four times faster than grouping by the lists themselves. A variant
 * keeps one sample case; its activity list is read from that case when a query asks for it.
 */
async function buildCasesAndVariants(conn: DuckDBConnection, caseAttrCols: SqlFragment[]): Promise<void> {
  await exec(
    conn,
    sql`CREATE TEMP TABLE case_seq AS SELECT case_idx, sum(hash(activity, pos)) AS fp1, sum(hash(activity, pos, 'b')) AS fp2,
    min(ts) AS first_ts, max(ts) AS last_ts, count(*)::INTEGER AS events FROM events GROUP BY case_idx`,
  );
  await exec(
    conn,
    sql`CREATE TABLE variants AS SELECT (row_number() OVER (ORDER BY count(*) DESC, min(case_idx)) - 1)::INTEGER AS variant_id,
    fp1, fp2, events AS length, count(*)::INTEGER AS cases, min(case_idx) AS sample_case FROM case_seq GROUP BY fp1, fp2, events`,
  );
  await exec(
    conn,
    sql`CREATE TABLE cases AS SELECT ci.case_idx, ci.case_id, cs.first_ts, cs.last_ts, cs.events, v.variant_id
        ${caseAttrCols.length ? sql`, ca.* EXCLUDE (case_id)` : sql``}
      FROM case_index ci JOIN case_seq cs USING (case_idx)
      JOIN variants v ON v.fp1 = cs.fp1 AND v.fp2 = cs.fp2 AND v.length = cs.events
      ${caseAttrCols.length ? sql`LEFT JOIN (SELECT case_id ${joinSql(caseAttrCols, ' ')} FROM staged GROUP BY case_id) ca USING (case_id)` : sql``}
      ORDER BY ci.case_idx`,
  );
  await exec(conn, sql`DROP TABLE case_seq`);
}

/** Extra columns with at most one value per case are case attributes (kept once, in `cases`). */
async function caseLevelExtras(conn: DuckDBConnection, count: number): Promise<Set<number>> {
  if (count === 0) return new Set();
  const indexes = [...Array(count).keys()];
  // min = max per case (ignoring empties) is as good as count(DISTINCT) ≤ 1, and much cheaper.
  const perCase = indexes.map(
    (i) => sql`min(${ident(`x${i}`)}) IS NOT DISTINCT FROM max(${ident(`x${i}`)}) AS ${ident(`d${i}`)}`,
  );
  const all = indexes.map((i) => sql`bool_and(${ident(`d${i}`)}) AS ${ident(`m${i}`)}`);
  const row = await one<Record<string, boolean>>(
    conn,
    sql`SELECT ${joinSql(all, ', ')} FROM (SELECT ${joinSql(perCase, ', ')} FROM staged GROUP BY case_id)`,
  );
  return new Set(indexes.filter((i) => row[`m${i}`] === true));
}

async function rejectBadRows(
  conn: DuckDBConnection,
  file: string,
  mapping: ColumnMapping,
  source: SourceRelation,
): Promise<void> {
  const bad = sql`case_id IS NULL OR activity IS NULL OR ts IS NULL`;
  const { total, all } = await one<{ total: number; all: number }>(
    conn,
    sql`SELECT count(*) FILTER (WHERE ${bad})::INTEGER AS total, count(*)::INTEGER AS all FROM staged`,
  );
  if (all === 0) {
    throw fileError('format', file, { en: 'the file has no events.', ru: 'в файле нет событий.' });
  }
  if (total === 0) return;
  const first = await rows<{
    line: number;
    case_id: string | null;
    activity: string | null;
    ts_text: string | null;
  }>(conn, sql`SELECT line, case_id, activity, ts_text FROM staged WHERE ${bad} ORDER BY seq LIMIT 20`);
  const lines = source.resolveLines ? await source.resolveLines(first.map((r) => r.line)) : undefined;
  for (const r of first) r.line = lines?.get(r.line) ?? r.line;
  const badRows: BadRow[] = first.map((r) => {
    if (r.case_id === null) return { line: r.line, column: mapping.case, value: null, problem: 'empty' };
    if (r.activity === null) return { line: r.line, column: mapping.activity, value: null, problem: 'empty' };
    if (r.ts_text === null) return { line: r.line, column: mapping.timestamp, value: null, problem: 'empty' };
    return { line: r.line, column: mapping.timestamp, value: r.ts_text, problem: 'timestamp' };
  });
  throw badRowsError(file, badRows, total);
}
