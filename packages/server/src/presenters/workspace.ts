import { z } from 'zod';
import { Role, TokenRole } from '../policies/roles.ts';

export const WorkspaceRow = z.object({ id: z.string(), name: z.string(), created_at: z.date() });
export const MembershipRow = z.object({
  user_id: z.string(),
  email: z.string(),
  name: z.string(),
  role: Role,
  created_at: z.date(),
});
export const InvitationRow = z.object({
  id: z.string(),
  role: Role,
  created_at: z.date(),
  expires_at: z.date(),
  accepted_at: z.date().nullable(),
  revoked_at: z.date().nullable(),
});
export const ApiTokenRow = z.object({
  id: z.string(),
  name: z.string(),
  role: TokenRole,
  created_at: z.date(),
  expires_at: z.date().nullable(),
  last_used_at: z.date().nullable(),
  revoked_at: z.date().nullable(),
});

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

export function presentWorkspace(w: z.infer<typeof WorkspaceRow>, role?: Role | 'share' | null) {
  return { id: w.id, name: w.name, createdAt: w.created_at.toISOString(), ...(role ? { role } : {}) };
}

export function presentMember(m: z.infer<typeof MembershipRow>) {
  return { userId: m.user_id, email: m.email, name: m.name, role: m.role, since: m.created_at.toISOString() };
}

export function presentInvitation(i: z.infer<typeof InvitationRow>) {
  const status = i.revoked_at
    ? 'revoked'
    : i.accepted_at
      ? 'accepted'
      : i.expires_at < new Date()
        ? 'expired'
        : 'open';
  return {
    id: i.id,
    role: i.role,
    status,
    createdAt: iso(i.created_at),
    expiresAt: iso(i.expires_at),
    acceptedAt: iso(i.accepted_at),
  };
}

/** A token as listed: never its secret, which is shown once, at creation. */
export function presentApiToken(t: z.infer<typeof ApiTokenRow>) {
  return {
    id: t.id,
    name: t.name,
    role: t.role,
    createdAt: iso(t.created_at),
    expiresAt: iso(t.expires_at),
    lastUsedAt: iso(t.last_used_at),
    revoked: t.revoked_at !== null,
  };
}
