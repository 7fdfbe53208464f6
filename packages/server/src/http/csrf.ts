import type { FastifyRequest } from 'fastify';
import type { Principal } from '../auth/principal.ts';
import { csrfTokenFor, sameSecret } from '../auth/secrets.ts';
import type { ResolvedConfig } from '../config.ts';
import { crossOrigin, csrfRejected } from './errors.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for cookie-authenticated writes (see packages/server/README.md, "CSRF"):
 * 1. any write whose Origin header names another site is refused, signed in or not (this also stops
 *    login CSRF on sign-in and sign-up);
 * 2. a write authenticated by the session cookie must carry `X-CSRF-Token` equal to the session's token,
 *    an HMAC of the session secret that a foreign page can neither read nor forge.
 * Bearer-authenticated requests carry no ambient credential, so they need neither.
 */
export function checkCsrf(request: FastifyRequest, principal: Principal, config: ResolvedConfig): void {
  if (SAFE.has(request.method)) return;
  const origin = request.headers.origin;
  if (origin !== undefined && !sameOrigin(origin, request, config)) throw crossOrigin();
  if (principal.kind !== 'session') return;
  const sent = request.headers['x-csrf-token'];
  if (typeof sent !== 'string' || !sameSecret(sent, csrfTokenFor(principal.sessionSecret)))
    throw csrfRejected();
}

function sameOrigin(origin: string, request: FastifyRequest, config: ResolvedConfig): boolean {
  if (config.allowedOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
