import { randomBytes } from 'node:crypto';
import type { Period } from '../engine/period.ts';
import { ident, joinSql, type SqlFragment, sql } from '../sql/sql.ts';
import type { ClickHouseConnection } from './connection.ts';
import { createTablesSql, type DatasetTables, datasetTables, TABLE_KINDS } from './tables.ts';

/** The period's bounds on a time column, as bound parameters (true when the period is open both ends). */
function inPeriod(period: Period, column: SqlFragment): SqlFragment {
  const bound = (date: Date) => sql`parseDateTime64BestEffort(${date.toISOString()}, 6, 'UTC')`;
  const parts = [
    ...(period.from ? [sql`${column} >= ${bound(period.from)}`] : []),
    ...(period.until ? [sql`${column} < ${bound(period.until)}`] : []),
  ];
  return parts.length ? joinSql(parts, ' AND ') : sql`1`;
}

/**
 * Copies of a dataset's tables holding only the period's rows, under a name of their own: every query
 * reads them through the `DatasetTables` it is given, unchanged. Case spans and counts are computed again
 * over the kept events; a case with none is left out. `drop` removes the copies.
 */
export async function periodTables(
  ch: ClickHouseConnection,
  id: string,
  period: Period,
): Promise<{ tables: DatasetTables; drop: () => Promise<void> }> {
  const source = datasetTables(id);
  const tables = datasetTables(id, `tropaperiod${randomBytes(6).toString('hex')}`);
  const drop = async () => {
    for (const kind of TABLE_KINDS) await ch.exec(sql`DROP TABLE IF EXISTS ${ident(tables[kind])}`);
  };
  try {
    for (const statement of createTablesSql(tables)) await ch.exec(statement);
    await ch.exec(
      sql`INSERT INTO ${ident(tables.events)} SELECT * FROM ${ident(source.events)} WHERE ${inPeriod(period, sql`ts`)}`,
    );
    await ch.exec(
      sql`INSERT INTO ${ident(tables.cases)} SELECT c.case_idx, c.case_id, e.first_ts, e.last_ts, e.events, c.attrs
        FROM ${ident(source.cases)} AS c INNER JOIN (SELECT case_idx, min(ts) AS first_ts, max(ts) AS last_ts,
          toUInt32(count()) AS events FROM ${ident(tables.events)} GROUP BY case_idx) AS e ON e.case_idx = c.case_idx`,
    );
    for (const kind of ['surveys', 'feedback'] as const)
      await ch.exec(
        sql`INSERT INTO ${ident(tables[kind])} SELECT * FROM ${ident(source[kind])} WHERE ${inPeriod(period, sql`ts`)}`,
      );
    for (const kind of ['attributes', 'meta'] as const)
      await ch.exec(sql`INSERT INTO ${ident(tables[kind])} SELECT * FROM ${ident(source[kind])}`);
    return { tables, drop };
  } catch (error) {
    await drop();
    throw error;
  }
}
