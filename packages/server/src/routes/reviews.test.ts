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

describeOnDatabases('reviews', (db) => {
  const app = useTestApp(db);

  const journey = (lastReviewedAt?: string) =>
    buildJourney({
      touchpoints: [
        { id: 't-site', name: 'Site', stage: 's-aware', match: { activity: 'visit_site' } },
        {
          id: 't-form',
          name: 'Form',
          stage: 's-request',
          match: { activity: ['request_form_sent', 'offer_sent'] },
        },
      ],
      kpis: [{ id: 'k-time', type: 'time-between', fromStage: 's-aware', toStage: 's-request', target: 2 }],
      review: { cadenceMonths: 6, ...(lastReviewedAt ? { lastReviewedAt } : {}) },
    });

  it('lists maps by review urgency, from the cadence and the latest review', async () => {
    const owner = await buildUser(app());
    const ws = await buildWorkspace(owner);
    const overdue = await buildMap(owner.client, ws, { ...journey('2025-01-10'), title: 'Old' });
    const fresh = await buildMap(owner.client, ws, { ...journey('2026-10-01'), title: 'Fresh' });
    const never = await buildMap(owner.client, ws, { ...journey(), title: 'Never' });
    const due = await owner.client.get(`/api/workspaces/${ws}/reviews/due?today=2026-11-23`);
    const maps = field<{ mapId: string; status: string; dueDate: string | null }[]>(due.body, 'maps');
    expect(maps.map((m) => [m.mapId, m.status])).toEqual([
      [overdue, 'overdue'],
      [never, 'never-reviewed'],
      [fresh, 'ok'],
    ]);
    expect(maps[0]?.dueDate).toBe('2025-07-10');
  });

  it('freezes KPI values from a dataset and compares two snapshots', async () => {
    const owner = await buildUser(app());
    const ws = await buildWorkspace(owner);
    const mapId = await buildMap(owner.client, ws, journey());
    // Before: the request stage began two hours after the visit (the offer at 12:00); after: one hour.
    const slow = await buildDataset(
      app(),
      owner.client,
      ws,
      buildEventsCsv(10).replaceAll(' 11:00:00', ' 13:00:00'),
    );
    const fast = await buildDataset(app(), owner.client, ws, buildEventsCsv(10));
    const url = `/api/workspaces/${ws}/maps/${mapId}/reviews`;
    const a = await owner.client.post(url, { dataset: slow, date: '2026-05-01' });
    expect(a.status).toBe(201);
    expect(field(a.body, 'snapshot', 'kpis', 0)).toMatchObject({ kpi: 'k-time', value: 2, n: 10 });
    const b = await owner.client.post(url, {
      dataset: fast,
      date: '2026-11-01',
      notes: 'after the new form',
    });
    expect(field(b.body, 'snapshot', 'kpis', 0, 'value')).toBe(1);
    const list = await owner.client.get(url);
    expect(field<{ date: string }[]>(list.body, 'snapshots').map((s) => s.date)).toEqual([
      '2026-11-01',
      '2026-05-01',
    ]);
    const compare = await owner.client.get(
      `${url}/compare?from=${field(a.body, 'snapshot', 'id')}&to=${field(b.body, 'snapshot', 'id')}`,
    );
    expect(field(compare.body, 'kpis', 0)).toMatchObject({
      kpi: 'k-time',
      delta: -1,
      better: 'lower',
      improved: true,
    });
    const due = await owner.client.get(`/api/workspaces/${ws}/reviews/due?today=2026-11-23`);
    expect(field(due.body, 'maps', 0)).toMatchObject({
      status: 'ok',
      lastReviewedAt: '2026-11-01',
      dueDate: '2027-05-01',
    });
  });
});
