import type { DuckDBConnection } from '@duckdb/node-api';
import { sql } from '../../sql/sql.ts';
import { rows } from '../run.ts';

/** The activity (or channel) dictionary as an array indexed by code. */
export async function dictionary(
  conn: DuckDBConnection,
  table: 'activities' | 'channels',
): Promise<string[]> {
  const list =
    table === 'activities'
      ? await rows<{ code: number; name: string }>(conn, sql`SELECT code, name FROM activities ORDER BY code`)
      : await rows<{ code: number; name: string }>(conn, sql`SELECT code, name FROM channels ORDER BY code`);
  const names: string[] = [];
  for (const r of list) names[r.code] = r.name;
  return names;
}

/** Looks a code up, failing loudly on a code the dictionary lacks (a bug, not bad input). */
export function nameOf(names: readonly string[], code: number): string {
  const name = names[code];
  if (name === undefined) throw new Error(`Unknown dictionary code ${code}`);
  return name;
}
