import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { first, type Queryable, run } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { invalidToken } from '../http/errors.ts';
import type { ReadCache } from '../http/readCache.ts';
import { TokenRole } from '../policies/roles.ts';
import type { Principal } from './principal.ts';
import { hashSecret, SECRET_PREFIX } from './secrets.ts';

export const SESSION_COOKIE = 'tropa_session';
export const CSRF_COOKIE = 'tropa_csrf';

const SessionRow = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  instance_owner: z.boolean(),
});
const TokenRow = z.object({
  id: z.string(),
  workspace_id: z.string(),
  role: TokenRole,
  created_by: z.string(),
  last_used_at: z.date().nullable(),
});
const ShareRow = z.object({ id: z.string(), map_id: z.string(), workspace_id: z.string() });

/**
 * Finds who sent the request: a Bearer API token or share link, else the session cookie.
 * A Bearer secret that does not check out is refused outright (401) rather than treated as anonymous,
 * so a script with a revoked token fails loudly; a stale session cookie simply means "signed out".
 */
export async function authenticate(
  db: Queryable,
  request: FastifyRequest,
  cache?: ReadCache,
): Promise<Principal> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const secret = match?.[1];
    if (!secret) throw invalidToken();
    return cache ? cache.get(`bearer:${hashSecret(secret)}`, () => bearer(db, secret)) : bearer(db, secret);
  }
  const secret = request.cookies[SESSION_COOKIE];
  if (!secret) return { kind: 'anonymous' };
  const lookup = () => session(db, secret);
  return (
    (cache ? await cache.get(`session:${hashSecret(secret)}`, lookup) : await lookup()) ?? {
      kind: 'anonymous',
    }
  );
}

async function session(db: Queryable, secret: string): Promise<Principal | undefined> {
  const user = await first(
    db,
    SessionRow,
    sql`select u.id, u.email, u.name, u.instance_owner from sessions s join users u on u.id = s.user_id
        where s.token_hash = ${hashSecret(secret)} and s.expires_at > now()`,
  );
  if (!user) return undefined;
  return {
    kind: 'session',
    sessionSecret: secret,
    user: { id: user.id, email: user.email, name: user.name, instanceOwner: user.instance_owner },
  };
}

async function bearer(db: Queryable, secret: string): Promise<Principal> {
  const hash = hashSecret(secret);
  if (secret.startsWith(SECRET_PREFIX.apiToken)) {
    const token = await first(
      db,
      TokenRow,
      sql`select id, workspace_id, role, created_by, last_used_at from api_tokens
          where token_hash = ${hash} and revoked_at is null and (expires_at is null or expires_at > now())`,
    );
    if (!token) throw invalidToken();
    // Minute precision is enough to tell a live token from a forgotten one, and spares a write per request.
    if (token.last_used_at === null || Date.now() - token.last_used_at.getTime() > 60_000) {
      await run(db, sql`update api_tokens set last_used_at = now() where id = ${token.id}`);
    }
    return {
      kind: 'token',
      tokenId: token.id,
      workspaceId: token.workspace_id,
      role: token.role,
      userId: token.created_by,
    };
  }
  if (secret.startsWith(SECRET_PREFIX.shareLink)) {
    const link = await first(
      db,
      ShareRow,
      sql`select l.id, l.map_id, m.workspace_id from share_links l join maps m on m.id = l.map_id
          where l.token_hash = ${hash} and l.revoked_at is null and (l.expires_at is null or l.expires_at > now())
            and m.deleted_at is null`,
    );
    if (!link) throw invalidToken();
    return { kind: 'share', linkId: link.id, mapId: link.map_id, workspaceId: link.workspace_id };
  }
  throw invalidToken();
}

/** Ends a session: the cookie alone is then worthless. */
export async function endSession(db: Queryable, secret: string): Promise<void> {
  await run(db, sql`delete from sessions where token_hash = ${hashSecret(secret)}`);
}
