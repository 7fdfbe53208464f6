import { DuckDBInstance } from '@duckdb/node-api';
import type { JourneyRules } from '../packages/analytics/src/index.ts';

/** Shape of the synthetic log: 30 activities in 10 stages of 3, 7 channels. */
export const STAGES = 10;
export const ACTIVITIES_PER_STAGE = 3;
export const CHANNELS = ['site', 'account', 'phone', 'email', 'chat', 'messenger', 'offline'];

export const activityName = (stage: number, k: number) => `s${stage}_activity_${k}`;

/** The 10-stage map of the synthetic log: one touchpoint per stage matching its three activities. */
export function benchJourney(): JourneyRules {
  return {
    stages: Array.from({ length: STAGES }, (_, s) => ({ id: `stage-${s}`, name: `Stage ${s}` })),
    touchpoints: Array.from({ length: STAGES }, (_, s) => ({
      id: `tp-${s}`,
      name: `Touchpoint ${s}`,
      stage: `stage-${s}`,
      rules: [{ activity: Array.from({ length: ACTIVITIES_PER_STAGE }, (_, k) => activityName(s, k)) }],
    })),
  };
}

/**
 * Writes a realistic, seeded event log as CSV, ordered by time (as exports usually are), not by case.
 * Each case has 5–15 events (10 on average) moving forward through the stages with some loops back,
 * a channel that sticks for a few events, gaps of minutes to days, and some equal timestamps.
 * Randomness is a hash of (seed, case, event), so the same seed gives the same file on any machine.
 */
export async function generateLog(path: string, cases: number, seed: number): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const activityList = Array.from({ length: STAGES }, (_, s) =>
    Array.from({ length: ACTIVITIES_PER_STAGE }, (_, k) => activityName(s, k)),
  ).flat();
  if (!Number.isInteger(seed) || !Number.isInteger(cases)) throw new Error('seed and cases must be integers');
  // COPY takes no bound parameters: only our own constants and checked integers go into this text.
  const activities = `[${activityList.map((a) => `'${a}'`).join(', ')}]`;
  const channels = `[${CHANNELS.map((c) => `'${c}'`).join(', ')}]`;
  const ages = `['18-24', '25-34', '35-44', '45-54', '55+']`;
  // hash() gives UBIGINT; r(...) folds it into a small BIGINT so the arithmetic stays in BIGINT.
  const r = (args: string, mod: number) => `(hash(${seed}, ${args}) % ${mod})::BIGINT`;
  await conn.run(
    `COPY (
      WITH cs AS (SELECT c, 5 + ${r('c', 11)} AS n FROM range(${cases}) t(c)),
      e AS (
        SELECT c, i, n, ${r('c, i', 1000003)} AS h,
          least(${STAGES - 1}, greatest(0, (i * ${STAGES}) // n - CASE WHEN ${r("c, i, 'loop'", 10)} = 0 THEN 1 ELSE 0 END)) AS stage
        FROM cs, range(cs.n) s(i)
      )
      SELECT 'C' || lpad(c::VARCHAR, 8, '0') AS case_id,
        strftime(TIMESTAMP '2024-01-01' + to_seconds(${r('c', 63072000)})
          + to_seconds(i * 28800 + CASE WHEN h % 7 = 0 THEN 0 ELSE h % 28800 END), '%Y-%m-%dT%H:%M:%S') AS ts,
        (${activities})[stage * ${ACTIVITIES_PER_STAGE} + (h // 7) % ${ACTIVITIES_PER_STAGE} + 1] AS activity,
        (${channels})[${r('c, i // 3', CHANNELS.length)} + 1] AS channel,
        (${ages})[${r("c, 'age'", 5)} + 1] AS age_group
      FROM e ORDER BY ts
    ) TO '${path.replaceAll("'", "''")}' (HEADER, DELIMITER ',')`,
  );
  const reader = await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM read_csv($1)`, [path]);
  const n = Number(reader.getRowObjectsJson()[0]?.n ?? 0);
  conn.closeSync();
  instance.closeSync();
  return n;
}
