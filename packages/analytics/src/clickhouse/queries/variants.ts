import type { VariantsQuery, VariantsResult } from '../../engine/queries.ts';
import { sql } from '../../sql/sql.ts';
import type { ClickHouseConnection } from '../connection.ts';
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
  // One pass: the totals ride along each listed row as window aggregates (at least one row is read).
  const rows = await ch.rows<{ acts: string[]; cases: number; total: number; distinct: number }>(
    sql`SELECT acts, cases, sum(cases) OVER () AS total, count() OVER () AS distinct FROM (${grouped})
      ORDER BY cases DESC, sample LIMIT ${Math.max(1, top)}`,
  );
  const totals = { total: rows[0]?.total ?? 0, distinct: rows[0]?.distinct ?? 0 };
  const list = rows.slice(0, top);
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
