import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { DuckDbEngine } from '../duckdb/duckdbEngine.ts';
import { close, connect } from '../duckdb/openFiles.ts';
import { exec as duckExec, one as duckOne, rows as duckRows } from '../duckdb/run.ts';
import type { DatasetSources, IngestOptions, IngestSummary } from '../engine/engine.ts';
import { ident, joinSql, type SqlFragment, sql } from '../sql/sql.ts';
import type { ClickHouseConnection } from './connection.ts';
import { createTablesSql, type DatasetTables, datasetTables, TABLE_KINDS } from './tables.ts';

/** Events per INSERT: each batch is one Parquet file of about this many rows. */
const BATCH_EVENTS = 1_000_000;

/**
 * Builds a dataset in ClickHouse, all or nothing. The files are read and checked by the same ingest as
 * the DuckDB engine (formats, encodings, column detection, error lines) into a local staging file; its
 * tables then go to ClickHouse as batched Parquet inserts into temporary tables, renamed over the old
 * dataset only when everything is in.
 */
export async function ingestIntoClickHouse(
  ch: ClickHouseConnection,
  id: string,
  sources: DatasetSources,
  options: IngestOptions,
  workRoot: string,
): Promise<IngestSummary> {
  const final = datasetTables(id);
  const temp = datasetTables(id, `tropatmp_${randomBytes(4).toString('hex')}`);
  const stagingDir = await mkdtemp(join(workRoot, '.ch-staging-'));
  const progress = options.onProgress;
  let created = false;
  try {
    const staging = new DuckDbEngine(stagingDir);
    let summary: IngestSummary;
    try {
      summary = await staging.createDataset('staging', sources, {
        onProgress: (p) => (p.phase === 'done' ? undefined : progress?.(p)),
      });
    } finally {
      await staging.close();
    }
    const file = await connect(join(stagingDir, 'datasets', 'staging.duckdb'));
    try {
      created = true;
      for (const statement of createTablesSql(temp)) await ch.exec(statement);
      await copyDataset(file.conn, ch, temp, stagingDir, summary.events);
      const json = JSON.stringify(summary.mapping);
      await ch.exec(
        sql`INSERT INTO ${ident(temp.meta)} SELECT ${json}, ${sources.events.path}, ${sources.surveys ? 1 : 0}, now64(3)`,
      );
    } finally {
      close(file);
    }
    for (const kind of TABLE_KINDS) {
      await ch.exec(sql`DROP TABLE IF EXISTS ${ident(final[kind])}`);
      await ch.exec(sql`RENAME TABLE ${ident(temp[kind])} TO ${ident(final[kind])}`);
    }
    created = false;
    progress?.({ phase: 'done', done: summary.events, total: summary.events });
    return { ...summary, datasetId: id };
  } finally {
    if (created)
      for (const kind of TABLE_KINDS) await ch.exec(sql`DROP TABLE IF EXISTS ${ident(temp[kind])}`);
    await rm(stagingDir, { recursive: true, force: true });
  }
}

/** A DuckDB map expression of the named attribute columns (empty values left out). */
function attrsMap(alias: string, columns: string[]): SqlFragment {
  if (columns.length === 0) return sql`MAP([]::VARCHAR[], []::VARCHAR[])`;
  const entries = columns.map((c) => sql`{'k': ${c}, 'v': CAST(${ident(alias)}.${ident(c)} AS VARCHAR)}`);
  return sql`map_from_entries(list_filter([${joinSql(entries, ', ')}], x -> x.v IS NOT NULL))`;
}

async function copyDataset(
  duck: DuckDBConnection,
  ch: ClickHouseConnection,
  t: DatasetTables,
  dir: string,
  events: number,
): Promise<void> {
  const attributes = await duckRows<{ name: string; column_name: string; level: string }>(
    duck,
    sql`SELECT name, column_name, level FROM attributes ORDER BY name`,
  );
  const level = (l: string) => attributes.filter((a) => a.level === l).map((a) => a.column_name);
  let batchNo = 0;
  const send = async (table: string, select: SqlFragment) => {
    const path = join(dir, `batch-${batchNo++}.parquet`);
    await duckExec(duck, sql`COPY (${select}) TO ${path} (FORMAT parquet)`);
    await ch.insertParquet(table, path);
    await rm(path, { force: true });
  };
  const { cases } = await duckOne<{ cases: number }>(duck, sql`SELECT count(*)::INTEGER AS cases FROM cases`);
  const batches = Math.max(1, Math.ceil(events / BATCH_EVENTS));
  const casesPerBatch = Math.ceil(cases / batches);
  for (let lo = 0; lo < cases; lo += casesPerBatch) {
    await send(
      t.events,
      sql`SELECT e.case_idx::UINTEGER AS case_idx, e.ts, e.seq::UBIGINT AS seq, e.pos::UINTEGER AS pos, a.name AS activity,
        ch.name AS channel, CAST(e.resource AS VARCHAR) AS resource, ${attrsMap('e', level('event'))} AS attrs
      FROM events e JOIN activities a ON a.code = e.activity LEFT JOIN channels ch ON ch.code = e.channel
      WHERE e.case_idx >= ${lo} AND e.case_idx < ${lo + casesPerBatch} ORDER BY e.case_idx, e.pos`,
    );
  }
  await send(
    t.cases,
    sql`SELECT c.case_idx::UINTEGER AS case_idx, CAST(c.case_id AS VARCHAR) AS case_id, c.first_ts, c.last_ts,
      c.events::UINTEGER AS events, ${attrsMap('c', level('case'))} AS attrs FROM cases c ORDER BY c.case_idx`,
  );
  for (const a of attributes)
    await ch.exec(sql`INSERT INTO ${ident(t.attributes)} VALUES (${a.name}, ${a.column_name}, ${a.level})`);
  const tables = new Set(
    (await duckRows<{ name: string }>(duck, sql`SELECT table_name AS name FROM duckdb_tables()`)).map(
      (r) => r.name,
    ),
  );
  const columnsOf = async (table: string) =>
    new Set(
      (
        await duckRows<{ name: string }>(
          duck,
          sql`SELECT column_name AS name FROM duckdb_columns() WHERE table_name = ${table}`,
        )
      ).map((r) => r.name),
    );
  const pick = (present: Set<string>, name: string, type: string) =>
    present.has(name)
      ? sql`CAST(${ident(name)} AS ${typeSql(type)}) AS ${ident(name)}`
      : sql`NULL::${typeSql(type)} AS ${ident(name)}`;
  if (tables.has('surveys')) {
    const present = await columnsOf('surveys');
    await send(
      t.surveys,
      sql`SELECT (row_number() OVER () - 1)::UBIGINT AS seq, ${pick(present, 'case_id', 'text')}, ts,
        ${pick(present, 'stage', 'text')}, ${pick(present, 'touchpoint', 'text')}, ${pick(present, 'nps', 'int')},
        ${pick(present, 'csat', 'int')}, ${pick(present, 'ces', 'int')}, ${pick(present, 'comment', 'text')} FROM surveys`,
    );
  }
  if (tables.has('feedback')) {
    const present = await columnsOf('feedback');
    await send(
      t.feedback,
      sql`SELECT (row_number() OVER () - 1)::UBIGINT AS seq, ts, CAST(source AS VARCHAR) AS source,
        ${pick(present, 'channel', 'text')}, ${pick(present, 'case_id', 'text')}, CAST(text AS VARCHAR) AS text FROM feedback`,
    );
  }
}

function typeSql(type: string): SqlFragment {
  return type === 'int' ? sql`INTEGER` : sql`VARCHAR`;
}
