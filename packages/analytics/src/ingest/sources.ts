import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { rows } from '../duckdb/run.ts';
import type { EventFormat } from '../engine/engine.ts';
import { ident, type SqlFragment, sql } from '../sql/sql.ts';
import { csvRecordLines } from './csvLines.ts';
import { fileError } from './errors.ts';
import { detectDelimiter, detectEncoding, formatFromName, readSample } from './sniff.ts';
import { transcodeToUtf8 } from './textStreams.ts';
import { XES_EVENT_KEY, xesEventLines, xesToCsv } from './xes.ts';

/** A readable file seen as a relation of text columns, whatever its format. */
export interface SourceRelation {
  /** The table function that reads it (for `FROM`). */
  from: SqlFragment;
  columns: string[];
  /** The text value of a source column. */
  column(name: string): SqlFragment;
  /** The row's 0-based position in file order when the source carries it (saves a row_number() pass). */
  seq?: SqlFragment;
  /** The source line of the row numbered `seq` (0-based, in file order), or a number `resolveLines` maps to it. */
  line(seq: SqlFragment): SqlFragment;
  /** For formats where lines are costly to track while reading: turns `line` values into real lines. */
  resolveLines?: (values: readonly number[]) => Promise<Map<number, number>>;
}

export interface SourceOptions {
  path: string;
  format?: EventFormat;
  delimiter?: string;
  encoding?: 'utf-8' | 'windows-1251';
  /** A directory for temporary files (transcoded CSV, XES as JSON Lines); the caller removes it. */
  workDir: string;
  onBytes?: (bytes: number) => void;
}

/** Opens a CSV, JSON Lines, Parquet or XES file as a relation of text columns. */
export async function openSource(conn: DuckDBConnection, options: SourceOptions): Promise<SourceRelation> {
  const format = options.format ?? formatFromName(options.path);
  if (format === 'csv') return openCsv(conn, options);
  if (format === 'parquet') return openParquet(conn, options.path);
  if (format === 'jsonl') return openJsonLines(conn, options.path);
  const target = join(options.workDir, 'xes.csv');
  const { keys } = await xesToCsv(options.path, target, options.onBytes);
  return {
    from: sql`read_csv(${target}, delim = ',', header = true, all_varchar = true, quote = '"', escape = '"', null_padding = true)`,
    columns: [XES_EVENT_KEY, ...keys],
    column: (name) => ident(name),
    seq: sql`CAST(${ident(XES_EVENT_KEY)} AS BIGINT) - 1`,
    line: () => sql`CAST(${ident(XES_EVENT_KEY)} AS INTEGER)`,
    resolveLines: (ordinals) => xesEventLines(options.path, ordinals),
  };
}

async function openCsv(conn: DuckDBConnection, options: SourceOptions): Promise<SourceRelation> {
  const sample = await readSample(options.path);
  const encoding = options.encoding ?? detectEncoding(options.path, sample, sample.length >= 1 << 20);
  let path = options.path;
  let header = sample.toString('utf8');
  if (encoding === 'windows-1251') {
    path = join(options.workDir, 'utf8.csv');
    await transcodeToUtf8(options.path, path, options.onBytes);
    header = (await readSample(path, 1 << 16)).toString('utf8');
  }
  const firstLine = header.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = options.delimiter ?? detectDelimiter(firstLine);
  const described = await rows<{ column_name: string }>(
    conn,
    sql`DESCRIBE SELECT * FROM read_csv(${path}, delim = ${delimiter}, header = true, all_varchar = true, quote = '"', escape = '"')`,
  ).catch((error: Error) => {
    throw fileError('parse', options.path, {
      en: `cannot read as CSV: ${error.message}`,
      ru: `не удаётся прочитать как CSV: ${error.message}`,
    });
  });
  return {
    from: sql`read_csv(${path}, delim = ${delimiter}, header = true, all_varchar = true, quote = '"', escape = '"')`,
    columns: described.map((d) => d.column_name),
    column: (name) => ident(name),
    // The record number; resolveLines turns the few that an error names into lines.
    line: (seq) => seq,
    resolveLines: (records) => csvRecordLines(path, records),
  };
}

async function openParquet(conn: DuckDBConnection, path: string): Promise<SourceRelation> {
  const described = await rows<{ column_name: string }>(
    conn,
    sql`DESCRIBE SELECT * FROM read_parquet(${path})`,
  );
  return {
    from: sql`read_parquet(${path})`,
    columns: described.map((d) => d.column_name),
    column: (name) => sql`CAST(${ident(name)} AS VARCHAR)`,
    line: (seq) => sql`(${seq} + 1)`,
  };
}

async function openJsonLines(conn: DuckDBConnection, path: string): Promise<SourceRelation> {
  const from = sql`read_ndjson_objects(${path})`;
  const columns = (
    await rows<{ key: string }>(
      conn,
      sql`SELECT key FROM (SELECT unnest(json_keys(json)) AS key, row_number() OVER () AS r FROM ${from}) GROUP BY key ORDER BY min(r)`,
    )
  ).map((k) => k.key);
  return {
    from,
    columns,
    column: (name) => sql`(json ->> ${name})`,
    line: (seq) => sql`(${seq} + 1)`,
  };
}
