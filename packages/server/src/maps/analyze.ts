import {
  type AnalysisReport,
  analyzeDataset,
  type Dataset,
  type IngestSummary,
  journeyRules,
  loadTextModel,
  type Period,
  periodKey,
} from '@tropa/analytics';
import type { Lang } from '@tropa/core';
import type { DatasetHost } from '../datasets/host.ts';
import { first, type Queryable } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { ApiError } from '../http/apiError.ts';
import { notFound } from '../http/errors.ts';
import { DatasetRow } from '../presenters/dataset.ts';
import { journeyOf } from './resolve.ts';
import type { MapRow, VersionRow } from './store.ts';
import { parseStoredDocument } from './store.ts';

const CACHE_LIMIT = 64;
const cache = new Map<string, AnalysisReport>();

const DATASET = { en: 'Dataset', ru: 'Набор данных' };

const notReady = (status: string, path: string) =>
  new ApiError(
    409,
    'dataset-not-ready',
    {
      en: 'The dataset is {status}; analytics need a finished import.',
      ru: 'Набор данных в состоянии «{status}»; для аналитики нужен завершённый импорт.',
    },
    { status },
    path,
  );

const unknownSegment = (name: string) =>
  new ApiError(
    400,
    'unknown-segment',
    {
      en: 'The dataset has no attribute "{name}" to segment by.',
      ru: 'В наборе данных нет атрибута «{name}» для сегментации.',
    },
    { name },
    'query.segment',
  );

/** Runs `body` on the dataset, whole or over the period, and releases the period's view after. */
export async function withDataset<T>(
  host: DatasetHost,
  id: string,
  period: Period | undefined,
  body: (dataset: Dataset) => Promise<T>,
): Promise<T> {
  const opened = await host.engine.openDataset(id, period ? { period } : {});
  try {
    return await body(opened);
  } finally {
    await opened.close();
  }
}

/** A ready dataset of the workspace, or the refusal that says why it cannot be analysed. */
export async function readyDataset(db: Queryable, workspaceId: string, datasetId: string, path: string) {
  const dataset = await first(
    db,
    DatasetRow,
    sql`select * from datasets where id = ${datasetId} and workspace_id = ${workspaceId}`,
  );
  if (!dataset) throw notFound(DATASET);
  if (dataset.status !== 'ready' || dataset.summary === null) throw notReady(dataset.status, path);
  return { ...dataset, summary: dataset.summary as unknown as IngestSummary };
}

/**
 * The analytics report of one map version over one dataset, run in the dataset's queue and cached per
 * import (its update time), map version, segment and period: the same question is answered from memory.
 */
export async function analyzeMap(
  db: Queryable,
  host: DatasetHost,
  target: { workspaceId: string; map: MapRow; version: VersionRow },
  dataset: Awaited<ReturnType<typeof readyDataset>>,
  options: { segment?: string | undefined; period?: Period | undefined; lang: Lang },
): Promise<AnalysisReport> {
  const key = [
    dataset.id,
    dataset.updated_at.toISOString(),
    target.map.id,
    target.version.version,
    options.segment ?? '',
    periodKey(options.period),
  ].join('|');
  const cached = cache.get(key);
  if (cached) return cached;
  const journey = await journeyOf(db, target.workspaceId, parseStoredDocument(target.version), options.lang);
  // A model stored with the dataset (PUT …/text-model) replaces the shipped lexicon; storing one bumps the
  // dataset's update time, so the cache key above already tells the two apart.
  const textModel = await loadTextModel(host.textModelPath(dataset.id));
  const report = await host
    .exclusive(dataset.id, async () =>
      withDataset(host, dataset.id, options.period, (opened) =>
        analyzeDataset(opened, dataset.summary, {
          ...(textModel ? { textModel } : {}),
          source: { events: dataset.name },
          journey: { ...journeyRules(journey), id: journey.id, title: journey.title },
          journeyDocument: journey,
          ...(options.segment ? { segmentBy: [options.segment] } : {}),
        }),
      ),
    )
    .catch((error: unknown) => {
      if (error instanceof Error && /^Unknown attribute/.test(error.message)) {
        throw unknownSegment(options.segment ?? '');
      }
      throw error;
    });
  cache.set(key, report);
  if (cache.size > CACHE_LIMIT) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return report;
}
