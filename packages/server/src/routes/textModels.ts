import { mkdir } from 'node:fs/promises';
import {
  parseCsv,
  saveTextModel,
  type TextModel,
  TextModelSchema,
  TextTableError,
  trainFromTable,
} from '@tropa/analytics';
import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { first, run } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { invalidInput, notFound } from '../http/errors.ts';
import { defineRoute } from '../http/route.ts';
import { DatasetRow } from '../presenters/dataset.ts';
import { DATASET, DatasetParams } from './datasets.ts';

const Column = z.string().min(1).max(200);

/** Either a model trained elsewhere (`tropa text train`), or labelled feedback to train one from. */
const TextModelBody = z.union([
  z.strictObject({ model: TextModelSchema }),
  z.strictObject({
    feedback: z.string().min(1).max(5_000_000),
    label: Column,
    text: Column.optional(),
    delimiter: z.enum([',', ';', '\t', '|']).optional(),
  }),
]);

/** Labelled feedback CSV text as a table; the first row names the columns. */
function tableOf(csv: string, delimiter: string) {
  const [header, ...lines] = parseCsv(csv.replace(/^\uFEFF/, ''), delimiter);
  const columns = (header ?? []).map((c) => c.trim());
  const rows = lines
    .filter((l) => l.some((f) => f.trim() !== ''))
    .map((l) => Object.fromEntries(columns.map((c, i) => [c, l[i] ?? ''])));
  return { columns, rows };
}

/**
 * Stores a text model with the dataset: uploaded as JSON, or trained on labelled feedback (CSV text with
 * a label column; a fifth of each label is held back and scored first). The dataset's analytics reports
 * then classify comment sentiment with it instead of the shipped lexicon.
 */
export const putTextModel = defineRoute({
  id: 'datasets.textModel',
  method: 'PUT',
  url: '/api/workspaces/:workspaceId/datasets/:datasetId/text-model',
  params: DatasetParams,
  body: TextModelBody,
  bodyLimit: 6_000_000,
  async handle({ app, db, params, body, access }) {
    const where = sql`id = ${params.datasetId} and workspace_id = ${params.workspaceId}`;
    if (!(await first(db, DatasetRow, sql`select * from datasets where ${where}`))) throw notFound(DATASET);
    let model: TextModel;
    let heldBack: { accuracy: number; macroF1: number; rows: number } | undefined;
    if ('model' in body) model = body.model;
    else {
      try {
        const trained = trainFromTable(
          tableOf(body.feedback, body.delimiter ?? ','),
          'body.feedback',
          body.label,
          {
            ...(body.text ? { textColumn: body.text } : {}),
          },
        );
        model = trained.model;
        heldBack = {
          accuracy: trained.heldBack.accuracy,
          macroF1: trained.heldBack.macroF1,
          rows: trained.heldBackRows,
        };
      } catch (error) {
        if (error instanceof TextTableError) throw invalidInput('body.feedback', error.detail.en);
        // Too few rows or a single label: the trainer says so in plain words.
        if (error instanceof Error) throw invalidInput('body.feedback', error.message);
        throw error;
      }
    }
    await mkdir(app.datasets.textModelsDir, { recursive: true });
    await saveTextModel(app.datasets.textModelPath(params.datasetId), model);
    // A new update time retires the cached reports computed with the lexicon or an older model.
    await run(db, sql`update datasets set updated_at = now() where ${where}`);
    await recordAudit(db, {
      workspaceId: params.workspaceId,
      actor: access.actor,
      action: 'dataset.textModelStored',
      targetKind: 'dataset',
      targetId: params.datasetId,
    });
    return { body: { textModel: { labels: model.labels, ...(heldBack ? { heldBack } : {}) } } };
  },
});
