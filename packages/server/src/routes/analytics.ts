import type { Period } from '@tropa/analytics';
import { z } from 'zod';
import { notFound } from '../http/errors.ts';
import { defineRoute } from '../http/route.ts';
import { analyzeMap, readyDataset } from '../maps/analyze.ts';
import { loadMap } from '../maps/store.ts';
import { MapParams, RecordId } from './fields.ts';
import { MAP } from './maps.ts';
import { PeriodFields, periodOf } from './periodQuery.ts';

/**
 * The analytics report of a map over one of the workspace's datasets: the real journey against the map's
 * stages and touchpoints, KPIs, drop-off, channel switches, optionally over a period and broken down by a
 * segment attribute.
 */
export const mapAnalytics = defineRoute({
  id: 'maps.analytics',
  method: 'GET',
  url: '/api/workspaces/:workspaceId/maps/:mapId/analytics',
  params: MapParams,
  query: z.object({
    dataset: RecordId,
    version: z.coerce.number().int().min(1).optional(),
    segment: z.string().min(1).max(80).optional(),
    ...PeriodFields,
  }),
  async handle({ db, app, params, query, lang }) {
    const period: Period | undefined = periodOf(query);
    const dataset = await readyDataset(db, params.workspaceId, query.dataset, 'query.dataset');
    const loaded = await loadMap(db, params.mapId, query.version);
    if (!loaded) throw notFound(MAP);
    const target = { workspaceId: params.workspaceId, ...loaded };
    const report = await analyzeMap(db, app.datasets, target, dataset, {
      segment: query.segment,
      period,
      lang,
    });
    return { body: { report } };
  },
});
