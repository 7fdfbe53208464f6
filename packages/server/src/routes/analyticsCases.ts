import { z } from 'zod';
import { invalidInput, notFound } from '../http/errors.ts';
import { defineRoute } from '../http/route.ts';
import { readyDataset } from '../maps/analyze.ts';
import { type CaseTarget, casesOfMap } from '../maps/caseList.ts';
import { loadMap } from '../maps/store.ts';
import { MapParams, RecordId } from './fields.ts';
import { MAP } from './maps.ts';
import { PeriodFields, periodOf } from './periodQuery.ts';

const TouchpointId = z.string().min(1).max(200);

/** Exactly one of `node`, or `edgeFrom` with `edgeTo`. */
function targetOf(query: {
  node?: string | undefined;
  edgeFrom?: string | undefined;
  edgeTo?: string | undefined;
}): CaseTarget {
  const edge = query.edgeFrom !== undefined || query.edgeTo !== undefined;
  if (query.node !== undefined) {
    if (edge) throw invalidInput('query.node', 'give either node or edgeFrom/edgeTo, not both');
    return { node: query.node };
  }
  if (query.edgeFrom === undefined) throw invalidInput('query.edgeFrom', 'give node, or edgeFrom and edgeTo');
  if (query.edgeTo === undefined) throw invalidInput('query.edgeTo', 'edgeFrom needs edgeTo');
  return { edgeFrom: query.edgeFrom, edgeTo: query.edgeTo };
}

/**
 * The cases behind one node or edge of the report's touchpoint graph (ids as `journey.touchpointGraph`
 * names them), most occurrences first, paged; over the same period as the analytics report.
 */
export const mapAnalyticsCases = defineRoute({
  id: 'maps.analyticsCases',
  method: 'GET',
  url: '/api/workspaces/:workspaceId/maps/:mapId/analytics/cases',
  params: MapParams,
  query: z.object({
    dataset: RecordId,
    version: z.coerce.number().int().min(1).optional(),
    node: TouchpointId.optional(),
    edgeFrom: TouchpointId.optional(),
    edgeTo: TouchpointId.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
    ...PeriodFields,
  }),
  async handle({ db, app, params, query, lang }) {
    const at = targetOf(query);
    const period = periodOf(query);
    const dataset = await readyDataset(db, params.workspaceId, query.dataset, 'query.dataset');
    const loaded = await loadMap(db, params.mapId, query.version);
    if (!loaded) throw notFound(MAP);
    const target = { workspaceId: params.workspaceId, ...loaded };
    const result = await casesOfMap(db, app.datasets, target, dataset, {
      at,
      limit: query.limit,
      offset: query.offset,
      period,
      lang,
    });
    return { body: { limit: query.limit, offset: query.offset, ...result } };
  },
});
