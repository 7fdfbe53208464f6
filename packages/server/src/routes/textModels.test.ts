import { existsSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeOnDatabases } from '../testing/backends.ts';
import { field, multipartBody } from '../testing/client.ts';
import {
  buildDataset,
  buildEventsCsv,
  buildJourney,
  buildMap,
  buildUser,
  buildWorkspace,
} from '../testing/factories.ts';
import { useTestApp } from '../testing/testApp.ts';

const LABELLED = [
  'text,label',
  'очень хорошо,good',
  'всё отлично,good',
  'быстро и удобно,good',
  'прекрасный сервис,good',
  'спасибо всё понравилось,good',
  'ужасно плохо,bad',
  'очень плохо,bad',
  'долго и неудобно,bad',
  'никто не ответил,bad',
  'отвратительный сервис,bad',
].join('\n');

const FEEDBACK_FILE = [
  'ts,source,case_id,text',
  '2026-03-02 12:00:00,customer,c1,Очень плохо: никто не ответил',
  '2026-03-03 12:00:00,customer,c2,Всё отлично и быстро',
].join('\n');

describeOnDatabases('dataset text model', (db) => {
  const app = useTestApp(db);

  it('trains a model on labelled feedback, stores it with the dataset, and the reports use it', async () => {
    const owner = await buildUser(app());
    const ws = await buildWorkspace(owner);
    const upload = multipartBody(
      { name: 'With feedback' },
      {
        events: { filename: 'events.csv', content: buildEventsCsv(4) },
        feedback: { filename: 'feedback.csv', content: FEEDBACK_FILE },
      },
    );
    const created = await owner.client.request(
      'POST',
      `/api/workspaces/${ws}/datasets`,
      upload.body,
      upload.headers,
    );
    expect(created.status).toBe(202);
    await app().context.datasets.idle();
    const datasetId = field<string>(created.body, 'dataset', 'id');
    const mapId = await buildMap(owner.client, ws, buildJourney());
    const report = `/api/workspaces/${ws}/maps/${mapId}/analytics?dataset=${datasetId}`;
    const before = await owner.client.get(report);
    expect(field(before.body, 'report', 'text', 'sentimentSource')).toBe('lexicon');

    const url = `/api/workspaces/${ws}/datasets/${datasetId}/text-model`;
    const trained = await owner.client.put(url, { feedback: LABELLED, label: 'label' });
    expect(trained.status).toBe(200);
    expect(field(trained.body, 'textModel', 'labels')).toEqual(['bad', 'good']);
    expect(field(trained.body, 'textModel', 'heldBack', 'rows')).toBe(2);
    const path = app().context.datasets.textModelPath(datasetId);
    const stored: unknown = JSON.parse(readFileSync(path, 'utf8'));
    expect(field(stored, 'schema')).toBe('tropa.textModel');

    const after = await owner.client.get(report);
    expect(field(after.body, 'report', 'text', 'sentimentSource')).toBe('model');

    // A model trained elsewhere (`tropa text train`) can be uploaded as it is.
    const uploaded = await owner.client.put(url, { model: stored });
    expect(uploaded.status).toBe(200);
    expect(field(uploaded.body, 'textModel', 'labels')).toEqual(['bad', 'good']);

    await app().context.datasets.idle();
    expect((await owner.client.delete(`/api/workspaces/${ws}/datasets/${datasetId}`)).status).toBe(204);
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a body that is no model, and feedback it cannot learn from, naming the field', async () => {
    const owner = await buildUser(app());
    const ws = await buildWorkspace(owner);
    const datasetId = await buildDataset(app(), owner.client, ws);
    const url = `/api/workspaces/${ws}/datasets/${datasetId}/text-model`;
    const notModel = await owner.client.put(url, { model: { schema: 'other' } });
    expect(notModel.status).toBe(400);
    const noLabel = await owner.client.put(url, { feedback: LABELLED, label: 'verdict' });
    expect(noLabel.body).toMatchObject({ error: { status: 400, path: 'body.feedback' } });
    expect(field(noLabel.body, 'error', 'message')).toMatch(/verdict/);
    const oneLabel = await owner.client.put(url, {
      feedback: 'text,label\nхорошо,good\nотлично,good',
      label: 'label',
    });
    expect(oneLabel.body).toMatchObject({ error: { status: 400, path: 'body.feedback' } });
    expect(existsSync(app().context.datasets.textModelPath(datasetId))).toBe(false);
  });
});
