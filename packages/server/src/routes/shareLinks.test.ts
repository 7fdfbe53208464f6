import { expect, it } from 'vitest';
import { run } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { describeOnDatabases } from '../testing/backends.ts';
import { field, TestClient } from '../testing/client.ts';
import { buildJourney, buildMap, buildUser, buildWorkspace } from '../testing/factories.ts';
import { useTestApp } from '../testing/testApp.ts';

describeOnDatabases('share links', (db) => {
  const app = useTestApp(db);

  async function setUp() {
    const owner = await buildUser(app());
    const ws = await buildWorkspace(owner);
    return { owner, ws, base: `/api/workspaces/${ws}/maps` };
  }

  it('share links open one map read-only until revoked or expired', async () => {
    const { owner, ws, base } = await setUp();
    const id = await buildMap(owner.client, ws);
    const made = await owner.client.post(`${base}/${id}/share-links`, {});
    expect(made.status).toBe(201);
    const token = field<string>(made.body, 'token');
    const shared = await app().fastify.inject({ method: 'GET', url: `/api/shared/${token}` });
    expect(shared.statusCode).toBe(200);
    const linkId = field<string>(made.body, 'link', 'id');
    expect((await owner.client.delete(`${base}/${id}/share-links/${linkId}`)).status).toBe(204);
    const after = await app().fastify.inject({ method: 'GET', url: `/api/shared/${token}` });
    expect(after.statusCode).toBe(404);
  });

  it('a share link stops working when it expires, and reaches only its own map', async () => {
    const { owner, ws, base } = await setUp();
    const id = await buildMap(owner.client, ws);
    const other = await buildMap(owner.client, ws);
    const made = await owner.client.post(`${base}/${id}/share-links`, { expiresInDays: 7 });
    const reader = new TestClient(app(), { kind: 'bearer', secret: field(made.body, 'token') });
    expect((await reader.get(`${base}/${id}`)).status).toBe(200);
    expect((await reader.get(`${base}/${other}`)).status).toBe(404);
    expect(
      (await reader.put(`${base}/${id}`, { document: buildJourney() }, { 'if-match': '"v1"' })).status,
    ).toBe(403);
    await run(
      db(),
      sql`update share_links set expires_at = now() - interval '1 minute' where map_id = ${id}`,
    );
    app().context.cache.clear();
    expect((await reader.get(`${base}/${id}`)).status).toBe(401);
    const list = await owner.client.get(`${base}/${id}/share-links`);
    expect(field(list.body, 'links', 0, 'status')).toBe('expired');
  });
});
