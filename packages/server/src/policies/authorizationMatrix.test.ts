import { expect, it } from 'vitest';
import { routes } from '../routes/index.ts';
import { describeOnDatabases } from '../testing/backends.ts';
import { field, multipartBody, type TestClient } from '../testing/client.ts';
import { buildDataset, buildEventsCsv } from '../testing/factories.ts';
import { useTestApp } from '../testing/testApp.ts';
import { buildWorld, freshEmail, SESSION_WHO, WHO, type Who, type World } from '../testing/world.ts';
import { atLeast, type Role } from './roles.ts';
import { type Policy, policies, type RouteId } from './table.ts';

// Expected statuses, written by hand from the product rules (not from the code):
// columns: anonymous, viewer, commenter, editor, owner, outsider (member of another workspace),
// share (read-only link to the map), token (editor API token of the workspace).
const EXPECTED: Record<RouteId, readonly number[]> = {
  health: [200, 200, 200, 200, 200, 200, 200, 200],
  'openapi.document': [200, 200, 200, 200, 200, 200, 200, 200],
  'openapi.docs': [200, 200, 200, 200, 200, 200, 200, 200],
  'auth.signUp': [201, 201, 201, 201, 201, 201, 201, 201],
  'auth.signIn': [200, 200, 200, 200, 200, 200, 200, 200],
  'auth.session': [401, 200, 200, 200, 200, 200, 403, 403],
  'auth.signOut': [401, 204, 204, 204, 204, 204, 403, 403],
  'auth.changePassword': [401, 204, 204, 204, 204, 204, 403, 403],
  'workspaces.list': [401, 200, 200, 200, 200, 200, 403, 403],
  'workspaces.create': [401, 201, 201, 201, 201, 201, 403, 403],
  'workspaces.get': [401, 200, 200, 200, 200, 404, 404, 200],
  'workspaces.rename': [401, 403, 403, 403, 200, 404, 404, 403],
  'workspaces.delete': [401, 403, 403, 403, 204, 404, 404, 403],
  'members.list': [401, 200, 200, 200, 200, 404, 404, 200],
  'members.setRole': [401, 403, 403, 403, 200, 404, 404, 403],
  'members.remove': [401, 403, 403, 403, 204, 404, 404, 403],
  'invitations.list': [401, 403, 403, 403, 200, 404, 404, 403],
  'invitations.create': [401, 403, 403, 403, 201, 404, 404, 403],
  'invitations.revoke': [401, 403, 403, 403, 204, 404, 404, 403],
  'invitations.accept': [401, 200, 200, 200, 200, 200, 403, 403],
  'tokens.list': [401, 403, 403, 403, 200, 404, 404, 403],
  'tokens.create': [401, 403, 403, 403, 201, 404, 404, 403],
  'tokens.revoke': [401, 403, 403, 403, 204, 404, 404, 403],
  'audit.list': [401, 403, 403, 403, 200, 404, 404, 403],
  'maps.list': [401, 200, 200, 200, 200, 404, 404, 200],
  'maps.create': [401, 403, 403, 201, 201, 404, 404, 201],
  'maps.get': [401, 200, 200, 200, 200, 404, 200, 200],
  'maps.save': [401, 403, 403, 200, 200, 404, 403, 200],
  'maps.delete': [401, 403, 403, 204, 204, 404, 403, 204],
  'maps.export': [401, 200, 200, 200, 200, 404, 200, 200],
  'maps.analytics': [401, 200, 200, 200, 200, 404, 403, 200],
  'maps.analyticsCases': [401, 200, 200, 200, 200, 404, 403, 200],
  'versions.list': [401, 200, 200, 200, 200, 404, 403, 200],
  'versions.get': [401, 200, 200, 200, 200, 404, 403, 200],
  'versions.restore': [401, 403, 403, 200, 200, 404, 403, 200],
  'versions.diff': [401, 200, 200, 200, 200, 404, 403, 200],
  'comments.list': [401, 200, 200, 200, 200, 404, 403, 200],
  'comments.create': [401, 403, 201, 201, 201, 404, 403, 201],
  'comments.resolve': [401, 403, 200, 200, 200, 404, 403, 200],
  'shareLinks.list': [401, 403, 403, 200, 200, 404, 403, 403],
  'shareLinks.create': [401, 403, 403, 201, 201, 404, 403, 403],
  'shareLinks.revoke': [401, 403, 403, 204, 204, 404, 403, 403],
  'shared.get': [200, 200, 200, 200, 200, 200, 200, 200],
  'reviews.due': [401, 200, 200, 200, 200, 404, 404, 200],
  'reviews.list': [401, 200, 200, 200, 200, 404, 403, 200],
  'reviews.create': [401, 403, 403, 201, 201, 404, 403, 201],
  'reviews.compare': [401, 200, 200, 200, 200, 404, 403, 200],
  'datasets.list': [401, 200, 200, 200, 200, 404, 404, 200],
  'datasets.create': [401, 403, 403, 202, 202, 404, 404, 202],
  'datasets.get': [401, 200, 200, 200, 200, 404, 404, 200],
  'datasets.delete': [401, 403, 403, 204, 204, 404, 404, 204],
  'datasets.progress': [401, 200, 200, 200, 200, 404, 404, 200],
  'datasets.textModel': [401, 403, 403, 200, 200, 404, 404, 200],
};

/** What the declared policy implies for a caller, given the route's success status. */
function impliedByPolicy(policy: Policy, who: Who, success: number): number {
  if (policy.scope === 'public') return success;
  if (who === 'anonymous') return 401;
  if (policy.scope === 'account') return SESSION_WHO.includes(who) ? success : 403;
  if (who === 'outsider') return 404;
  const accepts = policy.accepts as readonly string[];
  if (who === 'share') return policy.scope !== 'map' ? 404 : accepts.includes('share') ? success : 403;
  if (who === 'token')
    return !accepts.includes('token') ? 403 : atLeast('editor', policy.role) ? success : 403;
  return atLeast(who as Role, policy.role) ? success : 403;
}

interface Call {
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Replaces the caller's usual client (a fresh session for sign-out and password change). */
  client?: TestClient;
}
type Prepare = (w: World, who: Who) => Promise<Call>;

const ws = (w: World) => `/api/workspaces/${w.workspaceId}`;
const map = (w: World, id = w.mapId) => `${ws(w)}/maps/${id}`;
const ifMatch = async (w: World, id: string) => ({ 'if-match': `"v${await w.headOf(id)}"` });
const freshSessionIfPerson = async (w: World, who: Who) =>
  SESSION_WHO.includes(who) ? { client: (await w.freshSession()).client } : {};

async function ownerPost(w: World, url: string, body: unknown = {}): Promise<unknown> {
  return (await w.users.owner.client.post(url, body)).body;
}

/** A valid request for every route, so that only authorization decides the outcome. */
const CALLS: Record<RouteId, Prepare> = {
  health: async () => ({ url: '/api/health' }),
  'openapi.document': async () => ({ url: '/api/openapi.json' }),
  'openapi.docs': async () => ({ url: '/api/docs' }),
  'auth.signUp': async () => ({
    url: '/api/auth/sign-up',
    body: { email: freshEmail(), password: 'long enough password', name: 'New' },
  }),
  'auth.signIn': async (w) => ({
    url: '/api/auth/sign-in',
    body: { email: w.users.viewer.email, password: w.users.viewer.password },
  }),
  'auth.session': async () => ({ url: '/api/auth/session' }),
  'auth.signOut': async (w, who) => ({ url: '/api/auth/sign-out', ...(await freshSessionIfPerson(w, who)) }),
  'auth.changePassword': async (w, who) => {
    if (!SESSION_WHO.includes(who))
      return { url: '/api/auth/password', body: { currentPassword: 'x', newPassword: 'y'.repeat(12) } };
    const person = await w.freshSession();
    return {
      url: '/api/auth/password',
      body: { currentPassword: person.password, newPassword: 'a brand new password' },
      client: person.client,
    };
  },
  'workspaces.list': async () => ({ url: '/api/workspaces' }),
  'workspaces.create': async () => ({ url: '/api/workspaces', body: { name: 'Another' } }),
  'workspaces.get': async (w) => ({ url: ws(w) }),
  'workspaces.rename': async (w) => ({ url: ws(w), body: { name: 'Matrix' } }),
  'workspaces.delete': async (w, who) => {
    // The owner deletes a workspace of their own made for this; everyone else is refused on the shared one.
    if (who !== 'owner') return { url: ws(w) };
    const made = await ownerPost(w, '/api/workspaces', { name: 'Doomed' });
    return { url: `/api/workspaces/${field(made, 'workspace', 'id')}` };
  },
  'members.list': async (w) => ({ url: `${ws(w)}/members` }),
  'members.setRole': async (w) => ({
    url: `${ws(w)}/members/${w.users.viewer.id}`,
    body: { role: 'viewer' },
  }),
  'members.remove': async (w) => {
    const joined = await ownerPost(w, `${ws(w)}/invitations`, { role: 'viewer' });
    const person = await w.freshSession();
    await person.client.post('/api/invitations/accept', { token: field(joined, 'token') });
    return { url: `${ws(w)}/members/${person.id}` };
  },
  'invitations.list': async (w) => ({ url: `${ws(w)}/invitations` }),
  'invitations.create': async (w) => ({ url: `${ws(w)}/invitations`, body: { role: 'viewer' } }),
  'invitations.revoke': async (w) => {
    const made = await ownerPost(w, `${ws(w)}/invitations`, { role: 'viewer' });
    return { url: `${ws(w)}/invitations/${field(made, 'invitation', 'id')}` };
  },
  'invitations.accept': async (w, who) => {
    // A fresh person accepts, so the outsider stays outside for the rows that follow.
    const made = await ownerPost(w, `${ws(w)}/invitations`, { role: 'viewer' });
    return {
      url: '/api/invitations/accept',
      body: { token: field(made, 'token') },
      ...(await freshSessionIfPerson(w, who)),
    };
  },
  'tokens.list': async (w) => ({ url: `${ws(w)}/tokens` }),
  'tokens.create': async (w) => ({ url: `${ws(w)}/tokens`, body: { name: 'bot', role: 'viewer' } }),
  'tokens.revoke': async (w) => {
    const made = await ownerPost(w, `${ws(w)}/tokens`, { name: 'bot', role: 'viewer' });
    return { url: `${ws(w)}/tokens/${field(made, 'token', 'id')}` };
  },
  'audit.list': async (w) => ({ url: `${ws(w)}/audit` }),
  'maps.list': async (w) => ({ url: `${ws(w)}/maps` }),
  'maps.create': async (w) => ({
    url: `${ws(w)}/maps`,
    body: {
      document: {
        version: 1,
        id: `m-${freshEmail().slice(2, 12)}`,
        title: 'T',
        stages: [{ id: 's', name: 'S' }],
      },
    },
  }),
  'maps.get': async (w) => ({ url: map(w) }),
  'maps.save': async (w) => {
    const read = await w.users.owner.client.get(map(w));
    return {
      url: map(w),
      body: { document: field(read.body, 'source') },
      headers: await ifMatch(w, w.mapId),
    };
  },
  'maps.delete': async (w, who) => {
    // The share link's own map, so a refusal is about the role and not about a different map.
    const id = who === 'share' ? w.mapId : await w.freshMap();
    return { url: map(w, id) };
  },
  'maps.export': async (w) => ({ url: `${map(w)}/export?format=csv` }),
  'maps.analytics': async (w) => ({ url: `${map(w)}/analytics?dataset=${w.datasetId}` }),
  'maps.analyticsCases': async (w) => {
    // The world's map has no touchpoints: give its head one, so that the node asked for exists.
    const read = await w.users.owner.client.get(map(w));
    const current = field<Record<string, unknown>>(read.body, 'document', 'journey');
    const touchpoint = { id: 't-matrix', name: 'Site', stage: 's-aware', match: { activity: 'visit_site' } };
    const touchpoints = Array.isArray(current.touchpoints) ? current.touchpoints : [];
    if (!touchpoints.some((t: { id?: unknown }) => t.id === touchpoint.id)) {
      const document = { ...current, touchpoints: [...touchpoints, touchpoint] };
      await w.users.owner.client.request('PUT', map(w), { document }, await ifMatch(w, w.mapId));
    }
    return { url: `${map(w)}/analytics/cases?dataset=${w.datasetId}&node=t-matrix` };
  },
  'versions.list': async (w) => ({ url: `${map(w)}/versions` }),
  'versions.get': async (w) => ({ url: `${map(w)}/versions/1` }),
  'versions.restore': async (w) => ({
    url: `${map(w)}/versions/1/restore`,
    headers: await ifMatch(w, w.mapId),
  }),
  'versions.diff': async (w) => ({ url: `${map(w)}/diff?from=1` }),
  'comments.list': async (w) => ({ url: `${map(w)}/comments` }),
  'comments.create': async (w) => ({ url: `${map(w)}/comments`, body: { body: 'a comment' } }),
  'comments.resolve': async (w) => ({
    url: `${map(w)}/comments/${w.commentId}/resolve`,
    body: { resolved: true },
  }),
  'shareLinks.list': async (w) => ({ url: `${map(w)}/share-links` }),
  'shareLinks.create': async (w) => ({ url: `${map(w)}/share-links` }),
  'shareLinks.revoke': async (w) => {
    const made = await ownerPost(w, `${map(w)}/share-links`);
    return { url: `${map(w)}/share-links/${field(made, 'link', 'id')}` };
  },
  'reviews.due': async (w) => ({ url: `${ws(w)}/reviews/due` }),
  'reviews.list': async (w) => ({ url: `${map(w)}/reviews` }),
  'reviews.create': async (w) => ({ url: `${map(w)}/reviews`, body: { dataset: w.datasetId } }),
  'reviews.compare': async (w) => {
    const [a, b] = await Promise.all(
      [0, 1].map(() => ownerPost(w, `${map(w)}/reviews`, { dataset: w.datasetId })),
    );
    return {
      url: `${map(w)}/reviews/compare?from=${field(a, 'snapshot', 'id')}&to=${field(b, 'snapshot', 'id')}`,
    };
  },
  'datasets.list': async (w) => ({ url: `${ws(w)}/datasets` }),
  'datasets.create': async (w) => {
    const upload = multipartBody(
      { name: 'Log' },
      { events: { filename: 'events.csv', content: buildEventsCsv(2) } },
    );
    return { url: `${ws(w)}/datasets`, body: upload.body, headers: upload.headers };
  },
  'datasets.get': async (w) => ({ url: `${ws(w)}/datasets/${w.datasetId}` }),
  'datasets.delete': async (w) => ({
    url: `${ws(w)}/datasets/${await buildDataset(w.app, w.users.owner.client, w.workspaceId)}`,
  }),
  'datasets.progress': async (w) => ({ url: `${ws(w)}/datasets/${w.datasetId}/progress` }),
  'datasets.textModel': async (w) => ({
    url: `${ws(w)}/datasets/${w.datasetId}/text-model`,
    body: {
      feedback: 'text,label\nочень хорошо,good\nвсё отлично,good\nужасно плохо,bad\nочень плохо,bad\n',
      label: 'label',
    },
  }),
  'shared.get': async (w) => {
    const made = await ownerPost(w, `${map(w)}/share-links`);
    return { url: `/api/shared/${field(made, 'token')}` };
  },
};

const routeIds = Object.keys(policies) as RouteId[];

it('every mounted route has a policy, an expectation row and a request, and nothing else does', () => {
  const mounted = routes.map((r) => r.id).sort();
  expect(mounted).toEqual([...routeIds].sort());
  expect(Object.keys(EXPECTED).sort()).toEqual(mounted);
  expect(Object.keys(CALLS).sort()).toEqual(mounted);
});

it('the declared policy table implies exactly the expected statuses', () => {
  for (const id of routeIds) {
    const row = EXPECTED[id];
    const success = Math.min(...row);
    const implied = WHO.map((who) => impliedByPolicy(policies[id], who, success < 300 ? success : 200));
    expect({ id, statuses: implied }).toEqual({ id, statuses: row });
  }
});

describeOnDatabases('authorization matrix over HTTP', (db) => {
  const app = useTestApp(db);
  let world: World;

  it('builds the world', async () => {
    world = await buildWorld(app());
  });

  for (const route of routes) {
    it(`${route.method} ${route.url} (${route.id})`, async () => {
      const seen: Record<string, number> = {};
      for (const who of WHO) {
        const call = await CALLS[route.id](world, who);
        const client = call.client ?? (await world.client(who, world.mapId));
        const response = await client.request(
          route.method,
          call.url,
          route.method === 'GET' || route.method === 'DELETE' ? undefined : (call.body ?? {}),
          call.headers,
        );
        seen[who] = response.status;
        if (response.status >= 400) expect(field(response.body, 'error', 'status')).toBe(response.status);
      }
      const expected = Object.fromEntries(WHO.map((who, i) => [who, EXPECTED[route.id][i]]));
      expect(seen).toStrictEqual(expected);
    });
  }
});
