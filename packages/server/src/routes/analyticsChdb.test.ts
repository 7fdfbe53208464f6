import { CHDB_VERSION, isChdbInstalled } from '@tropa/analytics';
import { describe, expect, it } from 'vitest';
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

const chdb = await isChdbInstalled();
if (!chdb && process.env.CI === 'true')
  throw new Error(`chdb is missing under CI: npm i --no-save chdb@${CHDB_VERSION}`);
if (!chdb) console.warn(`SKIPPED: map analytics on chdb (npm i --no-save chdb@${CHDB_VERSION})`);

describe.skipIf(!chdb)('TROPA_ANALYTICS=chdb', () => {
  describeOnDatabases('map analytics on ClickHouse (chdb)', (db) => {
    const app = useTestApp(db, { analytics: 'chdb' });

    it('imports a dataset into ClickHouse and reports the journey against the map', async () => {
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
      expect(app().context.datasets.engine.name).toBe('chdb');
      const report = await owner.client.get(
        `/api/workspaces/${ws}/maps/${mapId}/analytics?dataset=${datasetId}`,
      );
      expect(report.status).toBe(200);
      expect(field(report.body, 'report', 'stats', 'events')).toBe(24);
      expect(field(report.body, 'report', 'journey', 'mapping', 'matchedEvents')).toBeGreaterThan(0);
      const removed = await owner.client.delete(`/api/workspaces/${ws}/datasets/${datasetId}`);
      expect(removed.status).toBeLessThan(300);
      expect(await app().context.datasets.engine.hasDataset(datasetId)).toBe(false);
    });
  });
});
