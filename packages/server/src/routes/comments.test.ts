import { expect, it } from 'vitest';
import { describeOnDatabases } from '../testing/backends.ts';
import { field } from '../testing/client.ts';
import { buildMap, buildUser, buildWorkspace } from '../testing/factories.ts';
import { useTestApp } from '../testing/testApp.ts';

describeOnDatabases('comments', (db) => {
  const app = useTestApp(db);

  async function setUp() {
    const owner = await buildUser(app());
    const ws = await buildWorkspace(owner);
    return { owner, ws, base: `/api/workspaces/${ws}/maps` };
  }

  it('comments on the map, a stage or a card, with mentions of members, and resolves them', async () => {
    const { owner, ws, base } = await setUp();
    const id = await buildMap(owner.client, ws);
    const url = `${base}/${id}/comments`;
    const onStage = await owner.client.post(url, {
      body: 'Check this',
      target: { kind: 'stage', id: 's-aware' },
      mentions: [owner.id],
    });
    expect(onStage.status).toBe(201);
    expect(field(onStage.body, 'comment', 'mentions')).toEqual([owner.id]);
    const onCard = await owner.client.post(url, {
      body: 'Prices!',
      target: { kind: 'card', id: 'pain-prices' },
    });
    expect(onCard.status).toBe(201);
    const missing = await owner.client.post(url, { body: 'x', target: { kind: 'stage', id: 'nope' } });
    expect(field(missing.body, 'error', 'code')).toBe('comment-target-missing');
    const stranger = await buildUser(app());
    const badMention = await owner.client.post(url, { body: 'x', mentions: [stranger.id] });
    expect(field(badMention.body, 'error', 'path')).toBe('body.mentions.0');
    const commentId = field<string>(onStage.body, 'comment', 'id');
    const resolved = await owner.client.post(`${url}/${commentId}/resolve`, {});
    expect(field(resolved.body, 'comment', 'resolved')).toBe(true);
    const open = await owner.client.get(`${url}?status=open`);
    expect(field<{ id: string }[]>(open.body, 'comments').map((c) => c.id)).toEqual([
      field(onCard.body, 'comment', 'id'),
    ]);
  });
});
