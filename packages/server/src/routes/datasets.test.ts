import { existsSync, readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { failInterruptedImports } from '../datasets/importJob.ts';
import { run } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { describeOnDatabases } from '../testing/backends.ts';
import { field, multipartBody, type TestClient } from '../testing/client.ts';
import { buildDataset, buildEventsCsv, buildUser, buildWorkspace } from '../testing/factories.ts';
import { TEST_CONFIG, useTestApp } from '../testing/testApp.ts';

describeOnDatabases('datasets', (db) => {
  const app = useTestApp(db);

  async function setUp() {
    const owner = await buildUser(app());
    const ws = await buildWorkspace(owner);
    return { owner, ws, base: `/api/workspaces/${ws}/datasets` };
  }

  function upload(
    client: TestClient,
    url: string,
    files: Record<string, { filename: string; content: string }>,
    fields = { name: 'Log' },
  ) {
    const { body, headers } = multipartBody(fields, files);
    return client.request('POST', url, body, headers);
  }

  it('imports an uploaded event log in the background and reports what it stored', async () => {
    const { owner, ws, base } = await setUp();
    const id = await buildDataset(app(), owner.client, ws, buildEventsCsv(6));
    const read = await owner.client.get(`${base}/${id}`);
    expect(field(read.body, 'dataset', 'status')).toBe('ready');
    expect(field(read.body, 'dataset', 'summary', 'events')).toBe(18);
    expect(field(read.body, 'dataset', 'summary', 'cases')).toBe(6);
    const progress = await owner.client.get(`${base}/${id}/progress`);
    expect(progress.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(progress.raw.toString()).toMatch(/^event: ready\ndata: \{/);
    expect(field<unknown[]>((await owner.client.get(base)).body, 'datasets')).toHaveLength(1);
  });

  it('is all-or-nothing: a bad row fails the import with its line, and no dataset is left', async () => {
    const { owner, base } = await setUp();
    const csv = buildEventsCsv(3, 'c9,not-a-date,visit_site,site');
    const response = await upload(owner.client, base, { events: { filename: 'events.csv', content: csv } });
    expect(response.status).toBe(202);
    await app().context.datasets.idle();
    const id = field<string>(response.body, 'dataset', 'id');
    const read = await owner.client.get(`${base}/${id}`, { 'accept-language': 'ru' });
    expect(field(read.body, 'dataset', 'status')).toBe('failed');
    expect(field(read.body, 'dataset', 'error', 'code')).toBe('bad-rows');
    expect(field(read.body, 'dataset', 'error', 'badRows', 0, 'line')).toBe(11);
    expect(field<string>(read.body, 'dataset', 'error', 'message')).toMatch(/[а-я]/);
    expect(await app().context.datasets.engine.hasDataset(id)).toBe(false);
  });

  it('keeps only the extension of an uploaded file name, and refuses formats it cannot read', async () => {
    const { owner, base } = await setUp();
    const sneaky = await upload(owner.client, base, {
      events: { filename: '../../../etc/cron.d/x.csv', content: buildEventsCsv(2) },
    });
    expect(sneaky.status).toBe(202);
    await app().context.datasets.idle();
    const id = field<string>(sneaky.body, 'dataset', 'id');
    expect(field((await owner.client.get(`${base}/${id}`)).body, 'dataset', 'status')).toBe('ready');
    const exe = await upload(owner.client, base, { events: { filename: 'run.exe', content: 'MZ' } });
    expect(exe.body).toMatchObject({
      error: { status: 415, code: 'unsupported-file-type', path: 'body.events' },
    });
    const none = await upload(owner.client, base, {});
    expect(field(none.body, 'error', 'path')).toBe('body.events');
    const json = await owner.client.post(base, { name: 'x' });
    expect(field(json.body, 'error', 'code')).toBe('multipart-required');
  });

  it('refuses an upload over the size limit with 413 and keeps nothing', async () => {
    const small = await buildApp({ ...TEST_CONFIG, db: db(), uploadLimit: 1024 });
    try {
      const owner = await buildUser(small);
      const ws = await buildWorkspace(owner);
      const { body, headers } = multipartBody(
        { name: 'Big' },
        { events: { filename: 'e.csv', content: buildEventsCsv(200) } },
      );
      const response = await owner.client.request('POST', `/api/workspaces/${ws}/datasets`, body, headers);
      expect(response.body).toMatchObject({ error: { status: 413, code: 'upload-too-large' } });
      expect(field((await owner.client.get(`/api/workspaces/${ws}/datasets`)).body, 'datasets')).toEqual([]);
      const leftovers = existsSync(small.context.datasets.uploadsDir)
        ? readdirSync(small.context.datasets.uploadsDir)
        : [];
      expect(leftovers).toEqual([]);
    } finally {
      await small.close();
    }
  });

  it('deletes a dataset and its file', async () => {
    const { owner, ws, base } = await setUp();
    const id = await buildDataset(app(), owner.client, ws);
    expect(await app().context.datasets.engine.hasDataset(id)).toBe(true);
    expect((await owner.client.delete(`${base}/${id}`)).status).toBe(204);
    expect(await app().context.datasets.engine.hasDataset(id)).toBe(false);
    expect((await owner.client.get(`${base}/${id}`)).status).toBe(404);
  });

  it('marks imports cut short by a stopped server as failed, never as still running', async () => {
    const { owner, ws, base } = await setUp();
    await run(
      db(),
      sql`insert into datasets (id, workspace_id, name, status, created_by) values (${'d_interrupted01'}, ${ws}, ${'x'}, 'importing', ${owner.id})`,
    );
    await failInterruptedImports(db());
    const read = await owner.client.get(`${base}/d_interrupted01`);
    expect(field(read.body, 'dataset', 'error', 'code')).toBe('interrupted');
  });
});
