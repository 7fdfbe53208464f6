import { type AnalysisReport, analyzeDataset, type IngestSummary, journeyRules } from '@tropa/analytics';
import { z } from 'zod';
import { first } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { ApiError } from '../http/apiError.ts';
import { notFound } from '../http/errors.ts';
import { defineRoute } from '../http/route.ts';
import { journeyOf } from '../maps/resolve.ts';
import { loadMap, parseStoredDocument } from '../maps/store.ts';
import { DatasetRow } from '../presenters/dataset.ts';
import { DATASET } from './datasets.ts';
import { MapParams, RecordId } from './fields.ts';
import { MAP } from './maps.ts';

const CACHE_LIMIT = 64;
const cache = new Map<string, AnalysisReport>();

function remember(key: string, report: AnalysisReport): void {
  cache.set(key, report);
  if (cache.size > CACHE_LIMIT) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
}

const notReady = (status: string) =>
  new ApiError(
    409,
    'dataset-not-ready',
    {
      en: 'The dataset is {status}; analytics need a finished import.',
      ru: 'Набор данных в состоянии «{status}»; для аналитики нужен завершённый импорт.',
    },
    { status },
    'query.dataset',
  );

/**
 * The analytics report of a map over one of the workspace's datasets: the real journey against the map's
 * stages and touchpoints, KPIs, drop-off, channel switches, optionally broken down by a segment attribute.
 * Cached per dataset import, map version and segment: the same question is answered from memory.
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
  }),
  async handle({ db, app, params, query, lang }) {
    const dataset = await first(
      db,
      DatasetRow,
      sql`select * from datasets where id = ${query.dataset} and workspace_id = ${params.workspaceId}`,
    );
    if (!dataset) throw notFound(DATASET);
    if (dataset.status !== 'ready' || dataset.summary === null) throw notReady(dataset.status);
    const loaded = await loadMap(db, params.mapId, query.version);
    if (!loaded) throw notFound(MAP);

    const key = [
      dataset.id,
      dataset.updated_at.toISOString(),
      loaded.map.id,
      loaded.version.version,
      query.segment ?? '',
    ].join('|');
    const cached = cache.get(key);
    if (cached) return { body: { report: cached } };

    const journey = await journeyOf(db, params.workspaceId, parseStoredDocument(loaded.version), lang);
    const summary = dataset.summary as unknown as IngestSummary;
    const report = await app.datasets
      .exclusive(dataset.id, async () => {
        const opened = await app.datasets.engine.openDataset(dataset.id);
        return analyzeDataset(opened, summary, {
          source: { events: dataset.name },
          journey: { ...journeyRules(journey), id: journey.id, title: journey.title },
          journeyDocument: journey,
          ...(query.segment ? { segmentBy: [query.segment] } : {}),
        });
      })
      .catch((error: unknown) => {
        if (error instanceof Error && /^Unknown attribute/.test(error.message)) {
          throw new ApiError(
            400,
            'unknown-segment',
            {
              en: 'The dataset has no attribute "{name}" to segment by.',
              ru: 'В наборе данных нет атрибута «{name}» для сегментации.',
            },
            { name: query.segment ?? '' },
            'query.segment',
          );
        }
        throw error;
      });
    remember(key, report);
    return { body: { report } };
  },
});
