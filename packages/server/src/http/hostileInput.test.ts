import { expect, it } from 'vitest';
import { describeOnDatabases } from '../testing/backends.ts';
import { field } from '../testing/client.ts';
import { buildJourney, buildMap, buildUser, buildWorkspace } from '../testing/factories.ts';
import { useTestApp } from '../testing/testApp.ts';

describeOnDatabases('hostile input', (db) => {
  const app = useTestApp(db, { bodyLimit: 16 * 1024, mapBodyLimit: 64 * 1024 });

  async function owner() {
    const user = await buildUser(app());
    const ws = await buildWorkspace(user);
    return { user, ws };
  }

  it('refuses an oversized body with 413 before reading it all', async () => {
    const { user } = await owner();
    const response = await user.client.post('/api/workspaces', { name: 'x'.repeat(20 * 1024) });
    expect(response.status).toBe(413);
    expect(field(response.body, 'error', 'code')).toBe('body-too-large');
  });

  it('allows larger journey documents, up to their own limit', async () => {
    const { user, ws } = await owner();
    const cards = Array.from({ length: 300 }, (_, i) => ({
      stage: 's-aware',
      text: `Action ${i} ${'x'.repeat(40)}`,
    }));
    const medium = buildJourney({ lanes: [{ id: 'l', type: 'actions', cards }] });
    expect(JSON.stringify(medium).length).toBeGreaterThan(16 * 1024);
    expect((await user.client.post(`/api/workspaces/${ws}/maps`, { document: medium })).status).toBe(201);
    const huge = buildJourney({ description: 'y'.repeat(80 * 1024) });
    expect((await user.client.post(`/api/workspaces/${ws}/maps`, { document: huge })).status).toBe(413);
  });

  it('refuses malformed JSON, a wrong content type and prototype pollution with clear 4xx', async () => {
    const { user } = await owner();
    const json = { 'content-type': 'application/json' };
    const malformed = await user.client.request('POST', '/api/workspaces', '{"name": "x",', json);
    expect(malformed.status).toBe(400);
    expect(field(malformed.body, 'error', 'code')).toBe('malformed-body');
    const xml = await user.client.request('POST', '/api/workspaces', '<name>x</name>', {
      'content-type': 'application/xml',
    });
    expect(xml.body).toMatchObject({ error: { status: 415, code: 'unsupported-media-type' } });
    const text = await user.client.request('POST', '/api/workspaces', 'name=x', {
      'content-type': 'text/plain',
    });
    expect(text.body).toMatchObject({ error: { status: 400, path: 'body' } });
    const proto = await user.client.request(
      'POST',
      '/api/workspaces',
      '{"name":"x","__proto__":{"admin":true}}',
      json,
    );
    expect(proto.status).toBe(400);
  });

  it('refuses wrong types and unknown fields, naming the field', async () => {
    const { user, ws } = await owner();
    const wrongType = await user.client.post('/api/workspaces', { name: 42 });
    expect(field(wrongType.body, 'error')).toMatchObject({
      status: 400,
      code: 'invalid-input',
      path: 'body.name',
    });
    const unknown = await user.client.post('/api/workspaces', { name: 'x', owner: 'me' });
    expect(unknown.status).toBe(400);
    const role = await user.client.post(`/api/workspaces/${ws}/invitations`, { role: 'god' });
    expect(field(role.body, 'error', 'path')).toBe('body.role');
    const version = await user.client.get(`/api/workspaces/${ws}/maps/m_aaaaaaaaaaaa/versions/-1`);
    expect(version.status).toBe(400);
  });

  it('refuses NUL characters anywhere with 400 instead of failing in the database', async () => {
    const { user, ws } = await owner();
    const response = await user.client.post('/api/workspaces', { name: 'a\u0000b' });
    expect(response.status).toBe(400);
    const id = await buildMap(user.client, ws);
    const comment = await user.client.post(`/api/workspaces/${ws}/maps/${id}/comments`, { body: 'ok\u0000' });
    expect(field(comment.body, 'error', 'path')).toBe('body.body');
  });

  it('treats path-like names as plain ids: refused where ids are expected, never used as paths', async () => {
    const { user, ws } = await owner();
    const traversal = await user.client.get(`/api/workspaces/${encodeURIComponent('../../etc/passwd')}/maps`);
    expect(traversal.status).toBe(400);
    expect(field(traversal.body, 'error', 'path')).toBe('params.workspaceId');
    const doc = await user.client.post(`/api/workspaces/${ws}/maps`, {
      document: buildJourney({ id: '../../etc/passwd' }),
    });
    expect(doc.status).toBe(422);
    expect(field(doc.body, 'error', 'path')).toBe('body.document.id');
  });

  it('stores markup in names and comments as text, byte for byte', async () => {
    const { user, ws } = await owner();
    const name = '<img src=x onerror=alert(1)>';
    const created = await user.client.post('/api/workspaces', { name });
    expect(field(created.body, 'workspace', 'name')).toBe(name);
    const id = await buildMap(user.client, ws);
    const body = '</script><script>alert("x")</script>';
    await user.client.post(`/api/workspaces/${ws}/maps/${id}/comments`, { body });
    const list = await user.client.get(`/api/workspaces/${ws}/maps/${id}/comments`);
    expect(field(list.body, 'comments', 0, 'body')).toBe(body);
    expect(list.headers['content-type']).toMatch(/^application\/json/);
  });

  it('answers unknown addresses and methods with the same error shape', async () => {
    const { user } = await owner();
    const missing = await user.client.get('/api/nope');
    expect(field(missing.body, 'error')).toMatchObject({ status: 404, code: 'route-not-found' });
    // Over-long ids never reach a route: the router answers 414 or 404 (which, depends on the route tree).
    const tooLong = await user.client.get(`/api/workspaces/${'w'.repeat(300)}`);
    expect([404, 414]).toContain(tooLong.status);
    expect(field(tooLong.body, 'error', 'status')).toBe(tooLong.status);
    const tooLongMap = await user.client.get(`/api/workspaces/w_aaaaaaaaaaaa/maps/${'m'.repeat(300)}`);
    expect([404, 414]).toContain(tooLongMap.status);
  });

  it('answers in Russian when asked', async () => {
    const response = await (await buildUser(app())).client.get('/api/nope', { 'accept-language': 'ru' });
    expect(field<string>(response.body, 'error', 'message')).toMatch(/Такого адреса API нет/);
  });
});
