import type { FastifyReply } from 'fastify';
import type { ResolvedConfig } from '../config.ts';
import { type Queryable, run } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { CSRF_COOKIE, SESSION_COOKIE } from './authenticate.ts';
import { csrfTokenFor, hashSecret, newSecret } from './secrets.ts';

/**
 * Starts a session for a user: the secret goes only into an httpOnly SameSite=Lax cookie, its hash into
 * the database. The CSRF token derived from it is returned and also set in a script-readable cookie.
 */
export async function startSession(
  db: Queryable,
  reply: FastifyReply,
  config: ResolvedConfig,
  userId: string,
): Promise<{ csrfToken: string }> {
  const secret = newSecret('session');
  const maxAge = config.sessionDays * 24 * 3600;
  await run(
    db,
    sql`insert into sessions (token_hash, user_id, expires_at)
        values (${hashSecret(secret)}, ${userId}, now() + make_interval(secs => ${maxAge}))`,
  );
  const csrfToken = csrfTokenFor(secret);
  const common = { path: '/', sameSite: 'lax', secure: config.secureCookies, maxAge } as const;
  reply.setCookie(SESSION_COOKIE, secret, { ...common, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, csrfToken, { ...common, httpOnly: false });
  return { csrfToken };
}

/** Forgets the session cookies in the browser. */
export function clearSessionCookies(reply: FastifyReply, config: ResolvedConfig): void {
  const common = { path: '/', sameSite: 'lax', secure: config.secureCookies } as const;
  reply.clearCookie(SESSION_COOKIE, { ...common, httpOnly: true });
  reply.clearCookie(CSRF_COOKIE, common);
}
