import type { Principal } from '../auth/principal.ts';
import type { ApiError } from '../http/apiError.ts';
import { forbidden, notFound, sessionRequired, unauthenticated } from '../http/errors.ts';
import { atLeast, type Role } from './roles.ts';
import type { Policy } from './table.ts';

/** What was loaded before deciding: the workspace (and map) the URL names, and the person's membership. */
export interface Target {
  workspaceId: string;
  /** The map in the URL, when the route is about one (already checked to belong to the workspace). */
  mapId?: string;
  /** The session user's role in the workspace; undefined when not a member. */
  memberRole?: Role | undefined;
}

const SOMETHING = { en: 'Workspace or map', ru: 'Рабочее пространство или карта' };

/**
 * Decides one request from the route's declared policy. Pure: the same inputs always give the same answer,
 * which the authorization matrix test checks route by route. Returns the effective role or the refusal.
 */
export function decide(
  policy: Policy,
  principal: Principal,
  target: Target | undefined,
): { ok: true; role: Role | 'share' | null } | { ok: false; error: ApiError } {
  if (policy.scope === 'public') return { ok: true, role: null };
  if (principal.kind === 'anonymous') return { ok: false, error: unauthenticated() };
  if (policy.scope === 'account') {
    return principal.kind === 'session' ? { ok: true, role: null } : { ok: false, error: sessionRequired() };
  }
  if (!target) return { ok: false, error: notFound(SOMETHING) };
  const accepted = (policy.accepts as readonly string[]).includes(principal.kind);

  if (principal.kind === 'share') {
    // A share link sees exactly one map, read-only; anything else is as if it did not exist.
    const itsMap = policy.scope === 'map' && target.mapId === principal.mapId;
    if (!itsMap) return { ok: false, error: notFound(SOMETHING) };
    return accepted ? { ok: true, role: 'share' } : { ok: false, error: forbidden(policy.role) };
  }

  const role = principal.kind === 'token' ? tokenRole(principal, target) : target.memberRole;
  if (role === undefined) return { ok: false, error: notFound(SOMETHING) };
  if (!accepted) return { ok: false, error: sessionRequired() };
  if (!atLeast(role, policy.role)) return { ok: false, error: forbidden(policy.role) };
  return { ok: true, role };
}

function tokenRole(principal: Extract<Principal, { kind: 'token' }>, target: Target): Role | undefined {
  return principal.workspaceId === target.workspaceId ? principal.role : undefined;
}
