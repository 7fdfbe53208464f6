import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import type { Period } from '../engine/period.ts';
import { ident, type SqlFragment, sql } from '../sql/sql.ts';
import { exec, one } from './run.ts';

/**
 * A connection of its own on the dataset's instance whose temporary tables `events`, `cases`, `variants`,
 * `activities`, `channels`, `surveys` and `feedback` hold only the period's rows. DuckDB looks names up
 * in `temp` before `main`, so every query reads the period without a change to its SQL; the bounds are
 * bound parameters. Successors, positions, case spans and variants are computed again over the kept events.
 */
export async function periodConnection(instance: DuckDBInstance, period: Period): Promise<DuckDBConnection> {
  const conn = await instance.connect();
  try {
    await exec(conn, sql`SET TimeZone = 'UTC'`);
    const from = period.from?.toISOString() ?? null;
    const until = period.until?.toISOString() ?? null;
    const inPeriod = (column: SqlFragment) =>
      sql`(${from}::TIMESTAMP IS NULL OR ${column} >= ${from}::TIMESTAMP)
        AND (${until}::TIMESTAMP IS NULL OR ${column} < ${until}::TIMESTAMP)`;
    // The file's own catalog, named explicitly: a bare `main.x` could resolve to the temporary table.
    const { db } = await one<{ db: string }>(conn, sql`SELECT current_database() AS db`);
    const stored = (table: string) => sql`${ident(db)}.main.${ident(table)}`;
    await exec(
      conn,
      sql`CREATE TEMP TABLE events AS SELECT * EXCLUDE (pos, next_activity, next_seconds, next_channel),
          (row_number() OVER w - 1)::INTEGER AS pos,
          lead(activity) OVER w AS next_activity,
          ((epoch_us(lead(ts) OVER w) - epoch_us(ts)) / 1e6)::DOUBLE AS next_seconds,
          lead(channel) OVER w AS next_channel
        FROM ${stored('events')} WHERE ${inPeriod(sql`ts`)}
        WINDOW w AS (PARTITION BY case_idx ORDER BY ts, seq) ORDER BY case_idx, pos`,
    );
    await exec(
      conn,
      sql`CREATE TEMP TABLE case_seq AS SELECT case_idx, sum(hash(activity, pos)) AS fp1,
        sum(hash(activity, pos, 'b')) AS fp2, min(ts) AS first_ts, max(ts) AS last_ts, count(*)::INTEGER AS events
        FROM temp.events GROUP BY case_idx`,
    );
    await exec(
      conn,
      sql`CREATE TEMP TABLE variants AS SELECT
        (row_number() OVER (ORDER BY count(*) DESC, min(case_idx)) - 1)::INTEGER AS variant_id,
        fp1, fp2, events AS length, count(*)::INTEGER AS cases, min(case_idx) AS sample_case
        FROM case_seq GROUP BY fp1, fp2, events`,
    );
    await exec(
      conn,
      sql`CREATE TEMP TABLE cases AS SELECT c.* REPLACE (cs.first_ts AS first_ts, cs.last_ts AS last_ts,
          cs.events AS events, v.variant_id AS variant_id)
        FROM ${stored('cases')} c JOIN case_seq cs USING (case_idx)
        JOIN temp.variants v ON v.fp1 = cs.fp1 AND v.fp2 = cs.fp2 AND v.length = cs.events
        ORDER BY c.case_idx`,
    );
    await exec(conn, sql`DROP TABLE case_seq`);
    // Dictionaries keep their codes; only the values the period's events use remain.
    await exec(
      conn,
      sql`CREATE TEMP TABLE activities AS SELECT * FROM ${stored('activities')}
        WHERE code IN (SELECT activity FROM temp.events)`,
    );
    await exec(
      conn,
      sql`CREATE TEMP TABLE channels AS SELECT * FROM ${stored('channels')}
        WHERE code IN (SELECT channel FROM temp.events WHERE channel IS NOT NULL)`,
    );
    for (const table of ['surveys', 'feedback']) {
      const { present } = await one<{ present: boolean }>(
        conn,
        sql`SELECT count(*) > 0 AS present FROM duckdb_tables() WHERE table_name = ${table} AND database_name = ${db}`,
      );
      if (!present) continue;
      await exec(
        conn,
        // Row order is file order (the text queries number rows by it): kept explicitly.
        sql`CREATE TEMP TABLE ${ident(table)} AS SELECT * EXCLUDE (tropa_row) FROM
          (SELECT row_number() OVER () AS tropa_row, * FROM ${stored(table)}) WHERE ${inPeriod(sql`ts`)} ORDER BY tropa_row`,
      );
    }
    return conn;
  } catch (error) {
    conn.closeSync();
    throw error;
  }
}
