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

interface Case {
  caseId: string;
  events: number;
  occurrences: number;
  path: string[];
  lastStage: string | null;
  firstAt: string;
}

describeOnDatabases('map analytics cases', (db) => {
  const app = useTestApp(db);

  // Every case: visit_site, request_form_sent, offer_sent (site, form, form); c1 visits the site again after.
  async function world() {
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
    const csv = buildEventsCsv(8, 'c1,2026-03-02 13:00:00,visit_site,site');
    const datasetId = await buildDataset(app(), owner.client, ws, csv);
    const base = `/api/workspaces/${ws}/maps/${mapId}/analytics`;
    return {
      owner,
      base,
      cases: `${base}/cases?dataset=${datasetId}`,
      report: `${base}?dataset=${datasetId}`,
    };
  }

  it('lists the cases of a touchpoint and of an edge, most occurrences first, paged', async () => {
    const w = await world();
    const node = await w.owner.client.get(`${w.cases}&node=t-site&limit=3`);
    expect(node.status).toBe(200);
    expect(field(node.body, 'total')).toBe(8);
    expect(field(node.body, 'limit')).toBe(3);
    expect(field(node.body, 'offset')).toBe(0);
    expect(field(node.body, 'touchpoints')).toEqual({ 't-site': 'Site', 't-form': 'Form' });
    const cases = field<Case[]>(node.body, 'cases');
    expect(cases.map((c) => [c.caseId, c.occurrences])).toEqual([
      ['c1', 2],
      ['c2', 1],
      ['c3', 1],
    ]);
    expect(cases[0]).toMatchObject({
      events: 4,
      path: ['t-site', 't-form', 't-form', 't-site'],
      lastStage: 's-aware',
    });
    expect(cases[1]).toMatchObject({
      events: 3,
      path: ['t-site', 't-form', 't-form'],
      lastStage: 's-request',
    });
    const next = await w.owner.client.get(`${w.cases}&node=t-site&limit=3&offset=3`);
    expect(field<Case[]>(next.body, 'cases').map((c) => c.caseId)).toEqual(['c4', 'c5', 'c6']);
    const back = await w.owner.client.get(`${w.cases}&edgeFrom=t-form&edgeTo=t-site`);
    expect(field(back.body, 'total')).toBe(1);
    expect(field<Case[]>(back.body, 'cases').map((c) => c.caseId)).toEqual(['c1']);
  });

  it('agrees with the report’s touchpoint graph, edge by edge', async () => {
    const w = await world();
    const report = await w.owner.client.get(w.report);
    const graph = field<{ edges: { from: string; to: string; count: number }[] }>(
      report.body,
      'report',
      'journey',
      'touchpointGraph',
    );
    expect(graph.edges.length).toBe(3);
    for (const e of graph.edges) {
      const r = await w.owner.client.get(`${w.cases}&edgeFrom=${e.from}&edgeTo=${e.to}&limit=200`);
      const sum = field<Case[]>(r.body, 'cases').reduce((s, c) => s + c.occurrences, 0);
      expect(sum, `${e.from}->${e.to}`).toBe(e.count);
    }
  });

  it('honours the period: only the cases with events in it', async () => {
    const w = await world();
    // Cases start on day 1 + (c % 5) of March 2026: c1, c5 and c6 by the 2nd.
    const r = await w.owner.client.get(`${w.cases}&node=t-form&from=2026-03-01&to=2026-03-02`);
    expect(field<Case[]>(r.body, 'cases').map((c) => c.caseId)).toEqual(['c1', 'c5', 'c6']);
    const both = await w.owner.client.get(`${w.cases}&node=t-form&period=2026-H1&from=2026-03-01`);
    expect(both.status).toBe(400);
    expect(field(both.body, 'error', 'path')).toBe('query.period');
  });

  it('refuses an unknown touchpoint, a missing or double target and a limit over 200, naming the field', async () => {
    const w = await world();
    const cases: [string, string][] = [
      ['&node=visit_site', 'query.node'],
      ['&edgeFrom=t-site&edgeTo=nope', 'query.edgeTo'],
      ['', 'query.edgeFrom'],
      ['&edgeFrom=t-site', 'query.edgeTo'],
      ['&node=t-site&edgeFrom=t-site&edgeTo=t-form', 'query.node'],
      ['&node=t-site&limit=201', 'query.limit'],
    ];
    for (const [suffix, path] of cases) {
      const r = await w.owner.client.get(`${w.cases}${suffix}`);
      expect(r.status, suffix).toBe(400);
      expect(field(r.body, 'error', 'path'), suffix).toBe(path);
    }
    const unknown = await w.owner.client.get(`${w.cases}&node=visit_site`);
    expect(field<string>(unknown.body, 'error', 'message')).toContain(
      '"visit_site" is not a touchpoint of the map',
    );
  });
});
