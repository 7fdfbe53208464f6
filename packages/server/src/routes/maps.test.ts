import { expect, it } from 'vitest';
import { describeOnDatabases } from '../testing/backends.ts';
import { field } from '../testing/client.ts';
import { buildJourney, buildMap, buildUser, buildWorkspace } from '../testing/factories.ts';
import { useTestApp } from '../testing/testApp.ts';

describeOnDatabases('maps and their history', (db) => {
  const app = useTestApp(db);

  async function setUp() {
    const owner = await buildUser(app());
    const ws = await buildWorkspace(owner);
    return { owner, ws, base: `/api/workspaces/${ws}/maps` };
  }

  it('creates a map from a JSON object and reads it back with its ETag', async () => {
    const { owner, ws, base } = await setUp();
    const id = await buildMap(owner.client, ws, buildJourney({ id: 'partner', title: 'Partner journey' }));
    const read = await owner.client.get(`${base}/${id}`);
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe('"v1"');
    expect(field(read.body, 'map', 'slug')).toBe('partner');
    expect(field(read.body, 'document', 'journey', 'title')).toBe('Partner journey');
    expect(field(read.body, 'version', 'author', 'id')).toBe(owner.id);
    const notModified = await owner.client.get(`${base}/${id}`, { 'if-none-match': '"v1"' });
    expect(notModified.status).toBe(304);
    const list = await owner.client.get(base);
    expect(field<{ id: string }[]>(list.body, 'maps').map((m) => m.id)).toEqual([id]);
  });

  it('keeps YAML as written, comments included', async () => {
    const { owner, base } = await setUp();
    const yaml =
      'version: 1\nid: yaml-map # the slug\ntitle: From YAML\nstages:\n  - { id: s1, name: One }\n';
    const created = await owner.client.post(base, { document: yaml });
    expect(created.status).toBe(201);
    expect(field(created.body, 'format')).toBe('yaml');
    expect(field(created.body, 'source')).toBe(yaml);
  });

  it('refuses an invalid document with 422, every issue and the path of the first', async () => {
    const { owner, base } = await setUp();
    const bad = await owner.client.post(base, {
      document: buildJourney({
        stages: [{ id: 's1', name: 'One' }],
        lanes: [{ id: 'l', type: 'pains', cards: [{ stage: 'nope', text: 'x' }] }],
      }),
    });
    expect(bad.status).toBe(422);
    expect(field(bad.body, 'error', 'code')).toBe('invalid-document');
    expect(field<string>(bad.body, 'error', 'path')).toMatch(/^body\.document\.lanes/);
    expect(field<unknown[]>(bad.body, 'issues').length).toBeGreaterThan(0);
    const yaml = await owner.client.post(base, { document: 'version: 1\nid: [unclosed\n' });
    expect(yaml.status).toBe(422);
    expect(field(yaml.body, 'issues', 0, 'line')).toBeGreaterThan(0);
  });

  it('saves on top of the version named by If-Match; no If-Match is 428, a malformed one 400', async () => {
    const { owner, ws, base } = await setUp();
    const id = await buildMap(owner.client, ws, buildJourney({ id: 'save-me' }));
    expect((await owner.client.get(`${base}/${id}`)).headers.etag).toBe('"v1"');
    const document = buildJourney({ id: 'save-me', title: 'Second' });
    const missing = await owner.client.put(`${base}/${id}`, { document });
    expect(missing.status).toBe(428);
    const malformed = await owner.client.put(`${base}/${id}`, { document }, { 'if-match': 'v1' });
    expect(malformed.status).toBe(400);
    const saved = await owner.client.put(
      `${base}/${id}`,
      { document, message: 'retitle' },
      { 'if-match': '"v1"' },
    );
    expect(saved.status).toBe(200);
    expect(saved.headers.etag).toBe('"v2"');
    // A read right after the save sees it (the read cache is cleared by every write).
    const reread = await owner.client.get(`${base}/${id}`);
    expect(reread.headers.etag).toBe('"v2"');
    expect(field(reread.body, 'document', 'journey', 'title')).toBe('Second');
    expect(field(saved.body, 'version', 'message')).toBe('retitle');
  });

  it('two clients saving from the same base: one wins, the other gets 409 with the current version', async () => {
    const { owner, ws, base } = await setUp();
    const id = await buildMap(owner.client, ws, buildJourney({ id: 'race' }));
    const alice = owner.client;
    const bob = owner.client;
    const [a, b] = await Promise.all([
      alice.put(
        `${base}/${id}`,
        { document: buildJourney({ id: 'race', title: 'Alice' }) },
        { 'if-match': '"v1"' },
      ),
      bob.put(
        `${base}/${id}`,
        { document: buildJourney({ id: 'race', title: 'Bob' }) },
        { 'if-match': '"v1"' },
      ),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
    expect(field(loser.body, 'error', 'code')).toBe('stale-version');
    expect(field(loser.body, 'current', 'version', 'version')).toBe(2);
    const winnerTitle = winner === a ? 'Alice' : 'Bob';
    expect(field(loser.body, 'current', 'document', 'journey', 'title')).toBe(winnerTitle);
    expect(field((await owner.client.get(`${base}/${id}`)).body, 'document', 'journey', 'title')).toBe(
      winnerTitle,
    );
    const versions = await owner.client.get(`${base}/${id}/versions`);
    expect(field<unknown[]>(versions.body, 'versions')).toHaveLength(2);
    // The loser re-applies on top of the current version: nothing is lost.
    const retry = await bob.put(
      `${base}/${id}`,
      { document: buildJourney({ id: 'race', title: 'Bob, merged' }) },
      { 'if-match': '"v2"' },
    );
    expect(retry.status).toBe(200);
    expect(field(retry.body, 'map', 'version')).toBe(3);
  });

  it('lists, views and restores versions; restoring adds a version', async () => {
    const { owner, ws, base } = await setUp();
    const id = await buildMap(owner.client, ws, buildJourney({ id: 'hist', title: 'One' }));
    await owner.client.put(
      `${base}/${id}`,
      { document: buildJourney({ id: 'hist', title: 'Two' }) },
      { 'if-match': '"v1"' },
    );
    const v1 = await owner.client.get(`${base}/${id}/versions/1`);
    expect(field(v1.body, 'document', 'journey', 'title')).toBe('One');
    const stale = await owner.client.post(`${base}/${id}/versions/1/restore`, {}, { 'if-match': '"v1"' });
    expect(stale.status).toBe(409);
    const restored = await owner.client.post(`${base}/${id}/versions/1/restore`, {}, { 'if-match': '"v2"' });
    expect(restored.status).toBe(200);
    expect(field(restored.body, 'map', 'version')).toBe(3);
    expect(field(restored.body, 'map', 'title')).toBe('One');
    expect(field(restored.body, 'version', 'restoredFrom')).toBe(1);
    const list = await owner.client.get(`${base}/${id}/versions`);
    expect(field<{ version: number }[]>(list.body, 'versions').map((v) => v.version)).toEqual([3, 2, 1]);
    expect((await owner.client.get(`${base}/${id}/versions/9`)).status).toBe(404);
  });

  it('diffs two versions semantically', async () => {
    const { owner, ws, base } = await setUp();
    const first = buildJourney({ id: 'diffed' });
    const id = await buildMap(owner.client, ws, first);
    const stages = [...(first.stages as object[]), { id: 's-contract', name: 'Contract' }];
    await owner.client.put(`${base}/${id}`, { document: { ...first, stages } }, { 'if-match': '"v1"' });
    const diff = await owner.client.get(`${base}/${id}/diff?from=1&to=2`);
    expect(diff.status).toBe(200);
    const changes = field<{ entity: string; op: string; key: string }[]>(diff.body, 'diff', 'changes');
    expect(changes).toContainEqual(
      expect.objectContaining({ entity: 'stage', op: 'added', key: 's-contract' }),
    );
  });

  it('refuses a second live map with the same document id, and frees it on delete', async () => {
    const { owner, ws, base } = await setUp();
    const id = await buildMap(owner.client, ws, buildJourney({ id: 'unique' }));
    const dup = await owner.client.post(base, { document: buildJourney({ id: 'unique' }) });
    expect(dup.status).toBe(409);
    expect(field(dup.body, 'error', 'code')).toBe('map-id-taken');
    expect((await owner.client.delete(`${base}/${id}`)).status).toBe(204);
    expect((await owner.client.get(`${base}/${id}`)).status).toBe(404);
    expect((await owner.client.post(base, { document: buildJourney({ id: 'unique' }) })).status).toBe(201);
  });

  it('stores <script> in a title as plain text and returns it as JSON data, never as markup', async () => {
    const { owner, ws, base } = await setUp();
    const title = '<script>alert(1)</script> & "quotes"';
    const id = await buildMap(owner.client, ws, buildJourney({ id: 'xss', title }));
    const read = await owner.client.get(`${base}/${id}`);
    expect(read.headers['content-type']).toMatch(/^application\/json/);
    expect(read.headers['x-content-type-options']).toBe('nosniff');
    expect(field(read.body, 'map', 'title')).toBe(title);
  });
});
