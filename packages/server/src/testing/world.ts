import { randomBytes } from 'node:crypto';
import type { TropaApp } from '../app.ts';
import { cookieHeader, field, TestClient } from './client.ts';
import {
  buildApiToken,
  buildDataset,
  buildMap,
  buildMember,
  buildUser,
  buildWorkspace,
  type TestUser,
} from './factories.ts';

/** The seven kinds of caller of the authorization matrix, plus a workspace API token. */
export const WHO = [
  'anonymous',
  'viewer',
  'commenter',
  'editor',
  'owner',
  'outsider',
  'share',
  'token',
] as const;
export type Who = (typeof WHO)[number];
export const SESSION_WHO: readonly Who[] = ['viewer', 'commenter', 'editor', 'owner', 'outsider'];

/**
 * A workspace with a member of every role, a map with a comment, an outsider who owns another workspace,
 * an editor API token, and share links made on demand for whichever map a request is about.
 */
export interface World {
  app: TropaApp;
  workspaceId: string;
  mapId: string;
  commentId: string;
  /** A dataset of the workspace, imported and ready. */
  datasetId: string;
  users: Record<'viewer' | 'commenter' | 'editor' | 'owner' | 'outsider', TestUser>;
  token: TestClient;
  /** The caller for a request; share links are for `mapId` (the route's own map). */
  client(who: Who, mapId: string): Promise<TestClient>;
  freshMap(): Promise<string>;
  /** The map's current version, read by its owner (for If-Match). */
  headOf(mapId: string): Promise<number>;
  /** A person signed in anew, so that signing out or changing a password leaves the world intact. */
  freshSession(): Promise<TestUser>;
}

export async function buildWorld(app: TropaApp): Promise<World> {
  const owner = await buildUser(app);
  const workspaceId = await buildWorkspace(owner, 'Matrix');
  const [viewer, commenter, editor] = [
    await buildMember(app, workspaceId, 'viewer'),
    await buildMember(app, workspaceId, 'commenter'),
    await buildMember(app, workspaceId, 'editor'),
  ];
  const outsider = await buildUser(app);
  const elsewhere = await buildWorkspace(outsider, 'Elsewhere');
  await buildMap(outsider.client, elsewhere);
  const mapId = await buildMap(owner.client, workspaceId);
  const comment = await owner.client.post(`/api/workspaces/${workspaceId}/maps/${mapId}/comments`, {
    body: 'hi',
  });
  const token = await buildApiToken(app, workspaceId, owner.id, 'editor');
  const datasetId = await buildDataset(app, owner.client, workspaceId);
  const users = { viewer, commenter, editor, owner, outsider };
  const shareClients = new Map<string, TestClient>();
  const anonymous = new TestClient(app);

  return {
    app,
    workspaceId,
    mapId,
    commentId: field<string>(comment.body, 'comment', 'id'),
    datasetId,
    users,
    token,
    async client(who, forMap) {
      if (who === 'anonymous') return anonymous;
      if (who === 'token') return token;
      if (who !== 'share') return users[who].client;
      const cached = shareClients.get(forMap);
      if (cached) return cached;
      const made = await owner.client.post(`/api/workspaces/${workspaceId}/maps/${forMap}/share-links`, {});
      const client = new TestClient(app, { kind: 'bearer', secret: field<string>(made.body, 'token') });
      shareClients.set(forMap, client);
      return client;
    },
    freshMap: () => buildMap(owner.client, workspaceId),
    async headOf(id) {
      const read = await owner.client.get(`/api/workspaces/${workspaceId}/maps/${id}`);
      return field<number>(read.body, 'map', 'version');
    },
    freshSession: () => buildUser(app),
  };
}

/** A fresh e-mail for sign-up cells. */
export const freshEmail = () => `m-${randomBytes(5).toString('hex')}@example.test`;

/** Signs a user in again and returns a client holding only that new session. */
export async function signInAgain(app: TropaApp, user: TestUser): Promise<TestClient> {
  const response = await new TestClient(app).post('/api/auth/sign-in', {
    email: user.email,
    password: user.password,
  });
  return new TestClient(app, {
    kind: 'session',
    cookie: cookieHeader(response.headers['set-cookie']),
    csrfToken: field<string>(response.body, 'csrfToken'),
  });
}
