import { z } from 'zod';
import type { Principal } from '../auth/principal.ts';
import { first, type Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import type { Target } from '../policies/authorize.ts';
import { Role } from '../policies/roles.ts';
import type { Policy } from '../policies/table.ts';
import type { ReadCache } from './readCache.ts';

const MemberRow = z.object({ role: Role.nullable() });
const MapRow = z.object({ id: z.string(), role: Role.nullable() });

function param(params: unknown, name: string): string | undefined {
  if (typeof params !== 'object' || params === null) return undefined;
  const value = (params as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Loads what a workspace or map route is about, and the caller's membership, in one query.
 * Gives undefined when the map does not exist in that workspace (the caller then gets 404).
 * With a read cache, the same question within its lifetime is answered from memory.
 */
export async function loadTarget(
  db: Queryable,
  policy: Policy,
  principal: Principal,
  params: unknown,
  cache?: ReadCache,
): Promise<Target | undefined> {
  if (policy.scope === 'public' || policy.scope === 'account' || principal.kind === 'anonymous')
    return undefined;
  const workspaceId = param(params, 'workspaceId');
  if (workspaceId === undefined) return undefined;
  const userId = principal.kind === 'session' ? principal.user.id : null;
  const mapId = policy.scope === 'map' ? param(params, 'mapId') : undefined;
  if (policy.scope === 'map' && mapId === undefined) return undefined;
  const lookup = () => lookupTarget(db, workspaceId, mapId, userId);
  if (!cache) return lookup();
  // A missing map (undefined) is not remembered: it is asked again next time.
  return cache.get(`target:${policy.scope}:${workspaceId}:${mapId ?? ''}:${userId ?? ''}`, lookup);
}

async function lookupTarget(
  db: Queryable,
  workspaceId: string,
  mapId: string | undefined,
  userId: string | null,
): Promise<Target | undefined> {
  if (mapId === undefined) {
    if (userId === null) return { workspaceId };
    const row = await first(
      db,
      MemberRow,
      sql`select role from memberships where workspace_id = ${workspaceId} and user_id = ${userId}`,
    );
    return { workspaceId, memberRole: row?.role ?? undefined };
  }
  const map = await first(
    db,
    MapRow,
    sql`select m.id,
          (select role from memberships where workspace_id = m.workspace_id and user_id = ${userId}) as role
        from maps m where m.id = ${mapId} and m.workspace_id = ${workspaceId} and m.deleted_at is null`,
  );
  if (!map) return undefined;
  return { workspaceId, mapId: map.id, memberRole: map.role ?? undefined };
}
