import { expect, it } from 'vitest';
import { describeOnDatabases } from '../testing/backends.ts';
import { field } from '../testing/client.ts';
import {
  buildDataset,
  buildEventsCsv,
  buildJourney,
  buildMap,
  buildUser,
  buildWorkspace,
} from '../testing/factories.ts';
import { useTestApp } from '../testing/testApp.ts';

describeOnDatabases('map analytics', (db) => {
  const app = useTestApp(db);

  it('reports the real journey of a dataset against the map’s stages, and answers again from cache', async () => {
    const owner = await buildUser(app());
    const ws = await buildWorkspace(owner);
    const journey = buildJourney({
      touchpoints: [
        { id: 't-site', name: 'Site', stage: 's-aware', match: { activity: 'visit_site' } },
        {
          id: 't-form',
          name: 'Form',
          stage: 's-request',
          match: { activity: ['request_form_sent', 'offer_sent'] },
        },
      ],
    });
    const mapId = await buildMap(owner.client, ws, journey);
    const datasetId = await buildDataset(app(), owner.client, ws, buildEventsCsv(8));
    const url = `/api/workspaces/${ws}/maps/${mapId}/analytics?dataset=${datasetId}`;
    const first = await owner.client.get(url);
    expect(first.status).toBe(200);
    expect(field(first.body, 'report', 'stats', 'events')).toBe(24);
    expect(field(first.body, 'report', 'schema')).toBe('tropa.analysis');
    const again = await owner.client.get(url);
    expect(again.body).toEqual(first.body);
    const badSegment = await owner.client.get(`${url}&segment=nope`);
    expect(badSegment.body).toMatchObject({
      error: { status: 400, code: 'unknown-segment', path: 'query.segment' },
    });
    const otherWs = await buildWorkspace(owner);
    const elsewhere = await buildDataset(app(), owner.client, otherWs);
    const foreign = await owner.client.get(
      `/api/workspaces/${ws}/maps/${mapId}/analytics?dataset=${elsewhere}`,
    );
    expect(foreign.status).toBe(404);
  });
});
