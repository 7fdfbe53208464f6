import { expect, it } from 'vitest';
import { run } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { describeOnDatabases } from '../testing/backends.ts';
import { field, TestClient } from '../testing/client.ts';
import { buildDataset, buildMap, buildMember, buildUser, buildWorkspace } from '../testing/factories.ts';
import { useTestApp } from '../testing/testApp.ts';

describeOnDatabases('workspaces, members, invitations and tokens', (db) => {
  const app = useTestApp(db);

  it('lists only my workspaces, with my role, and hides others behind 404', async () => {
    const alice = await buildUser(app());
    const bob = await buildUser(app());
    const ws = await buildWorkspace(alice, 'Alice <b>co</b>');
    const list = await alice.client.get('/api/workspaces');
    expect(field(list.body, 'workspaces')).toEqual([
      expect.objectContaining({ id: ws, role: 'owner', name: 'Alice <b>co</b>' }),
    ]);
    expect(field((await bob.client.get('/api/workspaces')).body, 'workspaces')).toEqual([]);
    const peek = await bob.client.get(`/api/workspaces/${ws}`);
    expect(peek.status).toBe(404);
    expect(JSON.stringify(peek.body)).not.toContain('Alice');
  });

  it('invites by a one-use link with a role', async () => {
    const owner = await buildUser(app());
    const ws = await buildWorkspace(owner);
    const invite = await owner.client.post(`/api/workspaces/${ws}/invitations`, { role: 'commenter' });
    expect(invite.status).toBe(201);
    const token = field<string>(invite.body, 'token');
    const guest = await buildUser(app());
    const accepted = await guest.client.post('/api/invitations/accept', { token });
    expect(field(accepted.body, 'joined')).toEqual({ workspaceId: ws, role: 'commenter' });
    const again = await (await buildUser(app())).client.post('/api/invitations/accept', { token });
    expect(again.status).toBe(404);
    expect(field(again.body, 'error', 'code')).toBe('invitation-invalid');
    const members = await owner.client.get(`/api/workspaces/${ws}/members`);
    expect(
      field<{ role: string }[]>(members.body, 'members')
        .map((m) => m.role)
        .sort(),
    ).toEqual(['commenter', 'owner']);
    const invitations = await owner.client.get(`/api/workspaces/${ws}/invitations`);
    expect(field(invitations.body, 'invitations', 0, 'status')).toBe('accepted');
  });

  it('signs up a new person straight into a workspace with an invitation', async () => {
    const owner = await buildUser(app());
    const ws = await buildWorkspace(owner);
    const token = field<string>(
      (await owner.client.post(`/api/workspaces/${ws}/invitations`, { role: 'viewer' })).body,
      'token',
    );
    const signUp = await new TestClient(app()).post('/api/auth/sign-up', {
      email: 'invited@example.test',
      password: 'long enough password',
      name: 'Invited',
      invitation: token,
    });
    expect(signUp.status).toBe(201);
    expect(field(signUp.body, 'joined', 'role')).toBe('viewer');
  });

  it('a revoked invitation cannot be used', async () => {
    const owner = await buildUser(app());
    const ws = await buildWorkspace(owner);
    const invite = await owner.client.post(`/api/workspaces/${ws}/invitations`, { role: 'editor' });
    const id = field<string>(invite.body, 'invitation', 'id');
    expect((await owner.client.delete(`/api/workspaces/${ws}/invitations/${id}`)).status).toBe(204);
    const guest = await buildUser(app());
    const accept = await guest.client.post('/api/invitations/accept', { token: field(invite.body, 'token') });
    expect(accept.status).toBe(404);
  });

  it('keeps at least one owner', async () => {
    const owner = await buildUser(app());
    const ws = await buildWorkspace(owner);
    const demote = await owner.client.patch(`/api/workspaces/${ws}/members/${owner.id}`, { role: 'editor' });
    expect(demote.status).toBe(409);
    expect(field(demote.body, 'error', 'code')).toBe('last-owner');
    const editor = await buildMember(app(), ws, 'editor');
    expect(
      (await owner.client.patch(`/api/workspaces/${ws}/members/${editor.id}`, { role: 'owner' })).status,
    ).toBe(200);
    expect(
      (await owner.client.patch(`/api/workspaces/${ws}/members/${owner.id}`, { role: 'viewer' })).status,
    ).toBe(200);
    expect((await editor.client.delete(`/api/workspaces/${ws}/members/${owner.id}`)).status).toBe(204);
    expect((await owner.client.get(`/api/workspaces/${ws}`)).status).toBe(404);
  });

  it('API tokens reach their own workspace only, with their role, until revoked', async () => {
    const owner = await buildUser(app());
    const ws = await buildWorkspace(owner);
    const other = await buildWorkspace(owner);
    const created = await owner.client.post(`/api/workspaces/${ws}/tokens`, { name: 'CI', role: 'viewer' });
    expect(created.status).toBe(201);
    const secret = field<string>(created.body, 'secret');
    expect(secret.startsWith('tpa_')).toBe(true);
    const bot = new TestClient(app(), { kind: 'bearer', secret });
    expect((await bot.get(`/api/workspaces/${ws}`)).status).toBe(200);
    expect((await bot.get(`/api/workspaces/${other}`)).status).toBe(404);
    expect((await bot.patch(`/api/workspaces/${ws}`, { name: 'x' })).status).toBe(403);
    expect((await bot.get('/api/workspaces')).status).toBe(403);
    const listed = await owner.client.get(`/api/workspaces/${ws}/tokens`);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    const id = field<string>(created.body, 'token', 'id');
    expect((await owner.client.delete(`/api/workspaces/${ws}/tokens/${id}`)).status).toBe(204);
    const after = await bot.get(`/api/workspaces/${ws}`);
    expect(after.status).toBe(401);
    expect(field(after.body, 'error', 'code')).toBe('invalid-token');
  });

  it('records who did what in the audit log, for owners only', async () => {
    const owner = await buildUser(app());
    const ws = await buildWorkspace(owner);
    await owner.client.patch(`/api/workspaces/${ws}`, { name: 'Renamed' });
    const log = await owner.client.get(`/api/workspaces/${ws}/audit`);
    const actions = field<{ action: string; actor: { userId: string } }[]>(log.body, 'entries');
    expect(actions.map((a) => a.action)).toEqual(['workspace.renamed', 'workspace.created']);
    expect(actions[0]?.actor.userId).toBe(owner.id);
    const viewer = await buildMember(app(), ws, 'viewer');
    expect((await viewer.client.get(`/api/workspaces/${ws}/audit`)).status).toBe(403);
  });

  it('an expired invitation or API token is refused', async () => {
    const owner = await buildUser(app());
    const ws = await buildWorkspace(owner);
    const invite = await owner.client.post(`/api/workspaces/${ws}/invitations`, { role: 'viewer' });
    const token = await owner.client.post(`/api/workspaces/${ws}/tokens`, {
      name: 'short',
      expiresInDays: 1,
    });
    await run(
      db(),
      sql`update invitations set expires_at = now() - interval '1 second' where workspace_id = ${ws}`,
    );
    await run(
      db(),
      sql`update api_tokens set expires_at = now() - interval '1 second' where workspace_id = ${ws}`,
    );
    app().context.cache.clear();
    const guest = await buildUser(app());
    const accept = await guest.client.post('/api/invitations/accept', { token: field(invite.body, 'token') });
    expect(field(accept.body, 'error', 'code')).toBe('invitation-invalid');
    const bot = new TestClient(app(), { kind: 'bearer', secret: field(token.body, 'secret') });
    expect((await bot.get(`/api/workspaces/${ws}`)).status).toBe(401);
  });

  it('an owner deletes a workspace with its maps and dataset files', async () => {
    const owner = await buildUser(app());
    const ws = await buildWorkspace(owner);
    const mapId = await buildMap(owner.client, ws);
    const datasetId = await buildDataset(app(), owner.client, ws);
    expect((await owner.client.delete(`/api/workspaces/${ws}`)).status).toBe(204);
    expect((await owner.client.get(`/api/workspaces/${ws}/maps/${mapId}`)).status).toBe(404);
    expect(await app().context.datasets.engine.hasDataset(datasetId)).toBe(false);
    expect(field((await owner.client.get('/api/workspaces')).body, 'workspaces')).toEqual([]);
  });
});
