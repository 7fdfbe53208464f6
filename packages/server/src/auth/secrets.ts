import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Kinds of bearer secrets, told apart by prefix so a leaked one is recognisable in logs and scanners. */
export const SECRET_PREFIX = {
  session: 'tss_',
  apiToken: 'tpa_',
  shareLink: 'tps_',
  invitation: 'tpi_',
} as const;

/** A fresh unguessable secret (256 bits). Only its hash is stored. */
export function newSecret(kind: keyof typeof SECRET_PREFIX): string {
  return SECRET_PREFIX[kind] + randomBytes(32).toString('base64url');
}

/** What the database keeps of a secret: a leaked table does not let anyone sign in. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

/** Compares two strings in time independent of where they differ. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The CSRF token of a session: an HMAC of the session secret, so it needs no storage, cannot be set
 * by a sibling site's cookie (it is bound to this session) and changes with every sign-in.
 */
export function csrfTokenFor(sessionSecret: string): string {
  return createHmac('sha256', sessionSecret).update('tropa-csrf-v1').digest('base64url');
}

/** A random id for a record, e.g. `m_…` for a map. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}
