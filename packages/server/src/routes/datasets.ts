import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatasetSources } from '@tropa/analytics';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { newId } from '../auth/secrets.ts';
import { startImport } from '../datasets/importJob.ts';
import { receiveUpload } from '../datasets/upload.ts';
import { all, first, run } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { invalidInput, notFound } from '../http/errors.ts';
import { defineRoute } from '../http/route.ts';
import { DatasetRow, presentDataset } from '../presenters/dataset.ts';
import { Name, RecordId, WorkspaceParams } from './fields.ts';

export const DATASET = { en: 'Dataset', ru: 'Набор данных' };
export const DatasetParams = WorkspaceParams.extend({ datasetId: RecordId });

const UploadFields = z.strictObject({
  name: Name,
  mapping: z
    .string()
    .max(2000)
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'not JSON' });
        return z.NEVER;
      }
    })
    .pipe(
      z.strictObject({
        case: z.string().min(1).max(200).optional(),
        activity: z.string().min(1).max(200).optional(),
        timestamp: z.string().min(1).max(200).optional(),
        channel: z.string().min(1).max(200).optional(),
        resource: z.string().min(1).max(200).optional(),
      }),
    )
    .optional(),
  delimiter: z.enum([',', ';', '\t', '|']).optional(),
  encoding: z.enum(['utf-8', 'windows-1251']).optional(),
});

/** Streams the upload to `dir` and checks its fields: the dataset's name and where its sources are. */
async function readUpload(
  request: FastifyRequest,
  dir: string,
): Promise<{ name: string; sources: DatasetSources }> {
  const upload = await receiveUpload(request, dir);
  const parsed = UploadFields.safeParse(upload.fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidInput(['body', ...(issue?.path ?? []).map(String)].join('.'), issue?.message ?? 'invalid');
  }
  const { events, surveys, feedback } = upload.files;
  if (!events) throw invalidInput('body.events', 'the events file is required');
  const { name, mapping, delimiter, encoding } = parsed.data;
  return {
    name,
    sources: {
      events: {
        path: events,
        ...(mapping ? { mapping } : {}),
        ...(delimiter ? { delimiter } : {}),
        ...(encoding ? { encoding } : {}),
      },
      ...(surveys ? { surveys: { path: surveys } } : {}),
      ...(feedback ? { feedback: { path: feedback } } : {}),
    },
  };
}

export const listDatasets = defineRoute({
  id: 'datasets.list',
  method: 'GET',
  url: '/api/workspaces/:workspaceId/datasets',
  params: WorkspaceParams,
  async handle({ db, params, lang }) {
    const rows = await all(
      db,
      DatasetRow,
      sql`select * from datasets where workspace_id = ${params.workspaceId} order by created_at desc, id`,
    );
    return { body: { datasets: rows.map((d) => presentDataset(d, lang)) } };
  },
});

/**
 * Uploads events (and optionally surveys and feedback) as multipart/form-data and queues the import;
 * answers 202 at once. Follow it at `progress` (server-sent events) or by reading the dataset.
 */
export const createDataset = defineRoute({
  id: 'datasets.create',
  method: 'POST',
  url: '/api/workspaces/:workspaceId/datasets',
  params: WorkspaceParams,
  transaction: false,
  bodyDoc: {
    contentType: 'multipart/form-data',
    schema: {
      type: 'object',
      required: ['name', 'events'],
      properties: {
        name: { type: 'string', maxLength: 200 },
        events: { type: 'string', format: 'binary', description: 'CSV, TSV, JSON Lines, Parquet or XES' },
        surveys: { type: 'string', format: 'binary' },
        feedback: { type: 'string', format: 'binary' },
        mapping: {
          type: 'string',
          description: 'JSON: {"case", "activity", "timestamp", "channel", "resource"}',
        },
        delimiter: { type: 'string', enum: [',', ';', '\t', '|'] },
        encoding: { type: 'string', enum: ['utf-8', 'windows-1251'] },
      },
    },
  },
  async handle({ app, params, request, access, lang }) {
    const id = newId('d');
    const dir = join(app.datasets.uploadsDir, id);
    let name: string;
    let sources: DatasetSources;
    try {
      ({ name, sources } = await readUpload(request, dir));
    } catch (error) {
      // A refused or broken upload keeps nothing, not even the part already written.
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
    await app.db.transaction(async (tx) => {
      await run(
        tx,
        sql`insert into datasets (id, workspace_id, name, status, created_by)
            values (${id}, ${params.workspaceId}, ${name}, 'importing', ${access.actor.userId ?? ''})`,
      );
      await recordAudit(tx, {
        workspaceId: params.workspaceId,
        actor: access.actor,
        action: 'dataset.uploaded',
        targetKind: 'dataset',
        targetId: id,
      });
    });
    void startImport(app.db, app.datasets, id, sources, dir);
    const row = await first(app.db, DatasetRow, sql`select * from datasets where id = ${id}`);
    if (!row) throw notFound(DATASET);
    return {
      status: 202,
      headers: { location: `/api/workspaces/${params.workspaceId}/datasets/${id}` },
      body: {
        dataset: presentDataset(row, lang),
        progress: `/api/workspaces/${params.workspaceId}/datasets/${id}/progress`,
      },
    };
  },
});

export const getDataset = defineRoute({
  id: 'datasets.get',
  method: 'GET',
  url: '/api/workspaces/:workspaceId/datasets/:datasetId',
  params: DatasetParams,
  async handle({ db, params, lang }) {
    const row = await first(
      db,
      DatasetRow,
      sql`select * from datasets where id = ${params.datasetId} and workspace_id = ${params.workspaceId}`,
    );
    if (!row) throw notFound(DATASET);
    return { body: { dataset: presentDataset(row, lang) } };
  },
});

/** Deletes the dataset's file once any job still running on it is done, then its record. */
export const deleteDataset = defineRoute({
  id: 'datasets.delete',
  method: 'DELETE',
  url: '/api/workspaces/:workspaceId/datasets/:datasetId',
  params: DatasetParams,
  // Waiting for an import must not hold a transaction: the import needs the database to finish.
  transaction: false,
  async handle({ app, params, access }) {
    const where = sql`id = ${params.datasetId} and workspace_id = ${params.workspaceId}`;
    if (!(await first(app.db, DatasetRow, sql`select * from datasets where ${where}`)))
      throw notFound(DATASET);
    await app.datasets.exclusive(params.datasetId, () => app.datasets.engine.deleteDataset(params.datasetId));
    await rm(app.datasets.textModelPath(params.datasetId), { force: true });
    await app.db.transaction(async (tx) => {
      await run(tx, sql`delete from datasets where ${where}`);
      await recordAudit(tx, {
        workspaceId: params.workspaceId,
        actor: access.actor,
        action: 'dataset.deleted',
        targetKind: 'dataset',
        targetId: params.datasetId,
      });
    });
    return { status: 204 };
  },
});
