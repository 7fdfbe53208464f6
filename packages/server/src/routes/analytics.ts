import { dateRange, halfYear, type Period, parseIsoDate } from '@tropa/analytics';
import { z } from 'zod';
import { invalidInput, notFound } from '../http/errors.ts';
import { defineRoute } from '../http/route.ts';
import { analyzeMap, readyDataset } from '../maps/analyze.ts';
import { loadMap } from '../maps/store.ts';
import { MapParams, RecordId } from './fields.ts';
import { MAP } from './maps.ts';

const IsoDate = z.iso
  .date()
  .refine((text) => parseIsoDate(text) !== null, { message: 'not a calendar date' });

/** The period a request names: a half-year, or `from`/`to` dates (both included); none is the whole dataset. */
function periodOf(query: {
  from?: string | undefined;
  to?: string | undefined;
  period?: string | undefined;
}) {
  if (query.period !== undefined) {
    if (query.from !== undefined || query.to !== undefined)
      throw invalidInput('query.period', 'give either a half-year or from/to dates, not both');
    return halfYear(query.period) ?? undefined;
  }
  const from = query.from === undefined ? undefined : (parseIsoDate(query.from) ?? undefined);
  const to = query.to === undefined ? undefined : (parseIsoDate(query.to) ?? undefined);
  if (from && to && from > to) throw invalidInput('query.to', 'the period ends before it starts');
  return from || to ? dateRange(from, to) : undefined;
}

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
    /** First day of the period (ISO date, UTC). */
    from: IsoDate.optional(),
    /** Last day of the period, included (ISO date, UTC). */
    to: IsoDate.optional(),
    /** A named half-year instead of from/to: `2025-H1` (January–June) or `2025-H2` (July–December). */
    period: z
      .string()
      .regex(/^\d{4}-H[12]$/, { message: 'a half-year such as 2025-H2' })
      .optional(),
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
