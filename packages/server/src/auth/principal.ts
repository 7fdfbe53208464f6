import type { Role, TokenRole } from '../policies/roles.ts';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  instanceOwner: boolean;
}

/** Who is asking, as proven by the request's credentials (before any authorization). */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'session'; user: SessionUser; sessionSecret: string }
  | { kind: 'token'; tokenId: string; workspaceId: string; role: TokenRole; userId: string }
  | { kind: 'share'; linkId: string; mapId: string; workspaceId: string };

/** Who did something, for authorship and the audit log. A token acts on behalf of the person who made it. */
export interface Actor {
  kind: 'user' | 'token' | 'share';
  userId: string | null;
  /** The token or share link used, when not a session. */
  via?: string;
}

export function actorOf(principal: Principal): Actor | undefined {
  switch (principal.kind) {
    case 'session':
      return { kind: 'user', userId: principal.user.id };
    case 'token':
      return { kind: 'token', userId: principal.userId, via: principal.tokenId };
    case 'share':
      return { kind: 'share', userId: null, via: principal.linkId };
    default:
      return undefined;
  }
}

/** What the authorization step granted on a workspace or map route. */
export interface WorkspaceAccess {
  workspaceId: string;
  /** The member's role, the token's role, or `share` for a read-only share link. */
  role: Role | 'share';
}
