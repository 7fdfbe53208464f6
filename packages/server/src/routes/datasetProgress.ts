import { first } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { notFound } from '../http/errors.ts';
import { defineRoute } from '../http/route.ts';
import { DatasetRow, presentDataset } from '../presenters/dataset.ts';
import { DATASET, DatasetParams } from './datasets.ts';

/**
 * The import's progress as server-sent events (`progress`, then `ready` or `failed`); a finished
 * import answers with its outcome at once.
 */
export const datasetProgress = defineRoute({
  id: 'datasets.progress',
  method: 'GET',
  url: '/api/workspaces/:workspaceId/datasets/:datasetId/progress',
  params: DatasetParams,
  async handle({ db, app, params, reply, lang }) {
    const row = await first(
      db,
      DatasetRow,
      sql`select * from datasets where id = ${params.datasetId} and workspace_id = ${params.workspaceId}`,
    );
    if (!row) throw notFound(DATASET);
    reply.hijack();
    const out = reply.raw;
    out.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    const send = (event: string, data: unknown) =>
      out.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    const finish = (event: 'ready' | 'failed', data: unknown) => {
      send(event, data);
      out.end();
    };
    if (row.status !== 'importing') {
      finish(row.status, presentDataset(row, lang));
      return { hijacked: true };
    }
    const stop = app.datasets.subscribe(params.datasetId, (event) => {
      if (event.type === 'progress') send('progress', event.progress);
      else {
        stop();
        finish(event.type, event);
      }
    });
    out.on('close', stop);
    return { hijacked: true };
  },
});
