import type { Role } from './roles.ts';

/** Who may present themselves on a route. */
export type PrincipalKind = 'session' | 'token' | 'share';

/**
 * A route's access rule.
 * - `public`: anyone, signed in or not.
 * - `account`: a signed-in person (session); the route acts on their own account.
 * - `workspace` / `map`: a member with at least `role` in the workspace of the URL (and, for `map`,
 *   owning the map in the URL). Non-members get 404 so they learn nothing. `accepts` lists who may come:
 *   sessions always, API tokens of that workspace, share links of that very map (read-only).
 */
export type Policy =
  | { scope: 'public' }
  | { scope: 'account' }
  | { scope: 'workspace'; role: Role; accepts: readonly PrincipalKind[] }
  | { scope: 'map'; role: Role; accepts: readonly PrincipalKind[] };

const people = ['session'] as const;
const peopleAndTokens = ['session', 'token'] as const;
const anyReader = ['session', 'token', 'share'] as const;

/** Every route's policy, in one place: read this table to know who can do what. */
export const policies = {
  health: { scope: 'public' },
  'openapi.document': { scope: 'public' },
  'openapi.docs': { scope: 'public' },
  'auth.signUp': { scope: 'public' },
  'auth.signIn': { scope: 'public' },
  'auth.session': { scope: 'account' },
  'auth.signOut': { scope: 'account' },
  'auth.changePassword': { scope: 'account' },

  'workspaces.list': { scope: 'account' },
  'workspaces.create': { scope: 'account' },
  'workspaces.get': { scope: 'workspace', role: 'viewer', accepts: peopleAndTokens },
  'workspaces.rename': { scope: 'workspace', role: 'owner', accepts: people },
  'workspaces.delete': { scope: 'workspace', role: 'owner', accepts: people },

  'members.list': { scope: 'workspace', role: 'viewer', accepts: peopleAndTokens },
  'members.setRole': { scope: 'workspace', role: 'owner', accepts: people },
  'members.remove': { scope: 'workspace', role: 'owner', accepts: people },

  'invitations.list': { scope: 'workspace', role: 'owner', accepts: people },
  'invitations.create': { scope: 'workspace', role: 'owner', accepts: people },
  'invitations.revoke': { scope: 'workspace', role: 'owner', accepts: people },
  'invitations.accept': { scope: 'account' },

  'tokens.list': { scope: 'workspace', role: 'owner', accepts: people },
  'tokens.create': { scope: 'workspace', role: 'owner', accepts: people },
  'tokens.revoke': { scope: 'workspace', role: 'owner', accepts: people },

  'audit.list': { scope: 'workspace', role: 'owner', accepts: people },

  'maps.list': { scope: 'workspace', role: 'viewer', accepts: peopleAndTokens },
  'maps.create': { scope: 'workspace', role: 'editor', accepts: peopleAndTokens },
  'maps.get': { scope: 'map', role: 'viewer', accepts: anyReader },
  'maps.save': { scope: 'map', role: 'editor', accepts: peopleAndTokens },
  'maps.delete': { scope: 'map', role: 'editor', accepts: peopleAndTokens },
  'maps.export': { scope: 'map', role: 'viewer', accepts: anyReader },
  'maps.analytics': { scope: 'map', role: 'viewer', accepts: peopleAndTokens },
  'maps.analyticsCases': { scope: 'map', role: 'viewer', accepts: peopleAndTokens },

  'versions.list': { scope: 'map', role: 'viewer', accepts: peopleAndTokens },
  'versions.get': { scope: 'map', role: 'viewer', accepts: peopleAndTokens },
  'versions.restore': { scope: 'map', role: 'editor', accepts: peopleAndTokens },
  'versions.diff': { scope: 'map', role: 'viewer', accepts: peopleAndTokens },

  'comments.list': { scope: 'map', role: 'viewer', accepts: peopleAndTokens },
  'comments.create': { scope: 'map', role: 'commenter', accepts: peopleAndTokens },
  'comments.resolve': { scope: 'map', role: 'commenter', accepts: peopleAndTokens },

  'shareLinks.list': { scope: 'map', role: 'editor', accepts: people },
  'shareLinks.create': { scope: 'map', role: 'editor', accepts: people },
  'shareLinks.revoke': { scope: 'map', role: 'editor', accepts: people },
  'shared.get': { scope: 'public' },

  'reviews.due': { scope: 'workspace', role: 'viewer', accepts: peopleAndTokens },
  'reviews.list': { scope: 'map', role: 'viewer', accepts: peopleAndTokens },
  'reviews.create': { scope: 'map', role: 'editor', accepts: peopleAndTokens },
  'reviews.compare': { scope: 'map', role: 'viewer', accepts: peopleAndTokens },

  'datasets.list': { scope: 'workspace', role: 'viewer', accepts: peopleAndTokens },
  'datasets.create': { scope: 'workspace', role: 'editor', accepts: peopleAndTokens },
  'datasets.get': { scope: 'workspace', role: 'viewer', accepts: peopleAndTokens },
  'datasets.delete': { scope: 'workspace', role: 'editor', accepts: peopleAndTokens },
  'datasets.progress': { scope: 'workspace', role: 'viewer', accepts: peopleAndTokens },
  'datasets.textModel': { scope: 'workspace', role: 'editor', accepts: peopleAndTokens },
} as const satisfies Record<string, Policy>;

export type RouteId = keyof typeof policies;
export type PolicyOf<R extends RouteId> = (typeof policies)[R];
