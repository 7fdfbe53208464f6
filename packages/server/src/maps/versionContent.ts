import { z } from 'zod';
import { first, type Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';

export const VersionContent = z.object({
  source: z.string(),
  format: z.enum(['yaml', 'json']),
  document: z.string(),
});
export type VersionContent = z.infer<typeof VersionContent>;

const LIMIT = 256;
const cache = new Map<string, VersionContent>();

/**
 * The text and validated document of one version. A version never changes once written, so what was read
 * once can be kept: a small LRU keyed by map id (96 random bits, unique across databases) and version.
 */
export async function versionContent(
  db: Queryable,
  mapId: string,
  version: number,
): Promise<VersionContent | undefined> {
  const key = `${mapId}:${version}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const row = await first(
    db,
    VersionContent,
    sql`select source, format, document from map_versions where map_id = ${mapId} and version = ${version}`,
  );
  if (!row) return undefined;
  cache.set(key, row);
  if (cache.size > LIMIT) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return row;
}
