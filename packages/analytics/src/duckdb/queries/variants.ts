import type { DuckDBConnection } from '@duckdb/node-api';
import type { VariantsQuery, VariantsResult } from '../../engine/queries.ts';
import { sql } from '../../sql/sql.ts';
import { one, rows } from '../run.ts';
import { dictionary, nameOf } from './names.ts';

/** The top-K variants (ties broken by sequence), their coverage, and everything else as "other". */
export async function variants(conn: DuckDBConnection, query: VariantsQuery): Promise<VariantsResult> {
  const top = Math.max(0, Math.floor(query.top));
  const totals = await one<{ total: number; distinct: number }>(
    conn,
    sql`SELECT coalesce(sum(cases), 0)::INTEGER AS total, count(*)::INTEGER AS distinct FROM variants`,
  );
  // Each variant's activities are those of its sample case (events are stored in order).
  const list = await rows<{ activities: number[]; cases: number }>(
    conn,
    sql`SELECT list(e.activity ORDER BY e.pos) AS activities, any_value(v.cases) AS cases
      FROM (SELECT variant_id, cases, sample_case FROM variants ORDER BY variant_id LIMIT ${top}) v
      JOIN events e ON e.case_idx = v.sample_case GROUP BY v.variant_id ORDER BY v.variant_id`,
  );
  const names = await dictionary(conn, 'activities');
  const share = (n: number) => (totals.total === 0 ? 0 : n / totals.total);
  const covered = list.reduce((s, v) => s + v.cases, 0);
  return {
    total: totals.total,
    distinct: totals.distinct,
    top: list.map((v) => ({
      activities: v.activities.map((code) => nameOf(names, code)),
      count: v.cases,
      share: share(v.cases),
    })),
    coverage: share(covered),
    other: {
      variants: totals.distinct - list.length,
      count: totals.total - covered,
      share: share(totals.total - covered),
    },
  };
}
