import type { DuckDBConnection } from '@duckdb/node-api';
import type { FunnelQuery, FunnelResult, FunnelStep } from '../../engine/queries.ts';
import { sql } from '../../sql/sql.ts';
import { one, rows } from '../run.ts';
import { fitsBigint, funnelCountsSql } from './funnelSql.ts';
import { NO_SEGMENT, segmentRelation } from './segmentRelation.ts';

/**
 * The stage funnel in map order. Step 1 counts cases with an event in the first stage; step k counts
 * cases that, after reaching step k−1, have an event in stage k, no later than `windowDays` after step 1.
 */
export async function funnel(conn: DuckDBConnection, query: FunnelQuery): Promise<FunnelResult> {
  const { journey } = query;
  const windowUs = query.windowDays === undefined ? null : Math.round(query.windowDays * 86_400_000_000);
  const segment = query.segmentBy ? await segmentRelation(conn, query.segmentBy) : null;
  const { span } = await one<{ span: number | null }>(
    conn,
    sql`SELECT (epoch_us(max(last_ts)) - epoch_us(min(first_ts)))::DOUBLE AS span FROM cases`,
  );
  const wide = !fitsBigint(span ?? 0, journey.stages.length);
  const counts = await rows<{ k: number; segment: string | null; cases: number }>(
    conn,
    funnelCountsSql(journey, windowUs, segment, wide),
  );
  const toSteps = (pick: (k: number) => number): FunnelStep[] => {
    const first = pick(0);
    return journey.stages.map((s, k) => {
      const cases = pick(k);
      const previous = k === 0 ? cases : pick(k - 1);
      return {
        stage: s.id,
        cases,
        conversion: first === 0 ? 0 : cases / first,
        stepConversion: previous === 0 ? 0 : cases / previous,
      };
    });
  };
  const total = (k: number) => counts.filter((c) => c.k === k).reduce((s, c) => s + c.cases, 0);
  const segments = query.segmentBy
    ? [...new Set(counts.map((c) => c.segment ?? NO_SEGMENT))].sort().map((name) => ({
        segment: name,
        steps: toSteps(
          (k) => counts.find((c) => c.k === k && (c.segment ?? NO_SEGMENT) === name)?.cases ?? 0,
        ),
      }))
    : [];
  return { windowDays: query.windowDays ?? null, steps: toSteps(total), segments };
}
