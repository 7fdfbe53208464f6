import type { VariantsQuery, VariantsResult } from '../../engine/queries.ts';
import { sql } from '../../sql/sql.ts';
import { type ClickHouseConnection, oneRow } from '../connection.ts';
import { perCaseSql } from '../perCase.ts';
import type { DatasetTables } from '../tables.ts';

/**
 * Variants as ClickHouse groups them: each case's activity array (its sorted events mapped to activities)
 * is the grouping key. The most frequent first; ties by the smallest case index, as in the DuckDB engine.
 */
export async function variants(
  ch: ClickHouseConnection,
  t: DatasetTables,
  query: VariantsQuery,
): Promise<VariantsResult> {
  const top = Math.max(0, Math.floor(query.top));
  const grouped = sql`SELECT arrayMap(e -> e.3, evs) AS acts, count() AS cases, min(case_idx) AS sample
    FROM (${perCaseSql(t.events, sql`activity`)}) GROUP BY acts`;
  const totals = await oneRow<{ total: number; distinct: number }>(
    ch,
    sql`SELECT sum(cases) AS total, count() AS distinct FROM (${grouped})`,
  );
  const list = await ch.rows<{ acts: string[]; cases: number }>(
    sql`SELECT acts, cases FROM (${grouped}) ORDER BY cases DESC, sample LIMIT ${top}`,
  );
  const share = (n: number) => (totals.total === 0 ? 0 : n / totals.total);
  const covered = list.reduce((s, v) => s + v.cases, 0);
  return {
    total: totals.total,
    distinct: totals.distinct,
    top: list.map((v) => ({ activities: v.acts, count: v.cases, share: share(v.cases) })),
    coverage: share(covered),
    other: {
      variants: totals.distinct - list.length,
      count: totals.total - covered,
      share: share(totals.total - covered),
    },
  };
}
