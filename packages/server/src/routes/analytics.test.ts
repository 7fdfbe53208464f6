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

  it('reads over a period (dates or a half-year) and by a segment; bad periods get 400 with the field', async () => {
    const owner = await buildUser(app());
    const ws = await buildWorkspace(owner);
    const mapId = await buildMap(owner.client, ws, buildJourney());
    // buildEventsCsv: case cN has its three events on 2026-03-0(1 + N mod 5); a region for the segment.
    const csv = buildEventsCsv(8)
      .trimEnd()
      .split('\n')
      .map(
        (line, i) =>
          `${line},${i === 0 ? 'region' : line.startsWith('c1,') || line.startsWith('c2,') ? 'north' : 'south'}`,
      )
      .join('\n');
    const datasetId = await buildDataset(app(), owner.client, ws, `${csv}\n`);
    const url = `/api/workspaces/${ws}/maps/${mapId}/analytics?dataset=${datasetId}`;
    const events = async (query: string) => {
      const res = await owner.client.get(`${url}&${query}`);
      expect(res.status, query).toBe(200);
      return field(res.body, 'report', 'stats', 'events');
    };
    // 3 and 4 March: cases c2, c3, c7, c8.
    expect(await events('from=2026-03-03&to=2026-03-04')).toBe(12);
    expect(await events('from=2026-03-05')).toBe(3);
    expect(await events('period=2026-H1')).toBe(24);
    expect(await events('period=2025-H2')).toBe(0);
    const segmented = await owner.client.get(`${url}&segment=region&from=2026-03-02&to=2026-03-03`);
    expect(segmented.status).toBe(200);
    // c1, c2 (north) and c6, c7 (south) fall on 2 and 3 March.
    expect(field(segmented.body, 'report', 'stats', 'cases')).toBe(4);
    expect(JSON.stringify(field(segmented.body, 'report', 'segments'))).toContain('north');
    for (const [query, path] of [
      ['from=2026-02-30', 'query.from'],
      ['to=yesterday', 'query.to'],
      ['period=2025-H3', 'query.period'],
      ['period=2025-H1&from=2025-01-01', 'query.period'],
      ['from=2026-03-04&to=2026-03-01', 'query.to'],
    ]) {
      const bad = await owner.client.get(`${url}&${query}`);
      expect(bad.body, query).toMatchObject({ error: { status: 400, code: 'invalid-input', path } });
    }
  });
});
