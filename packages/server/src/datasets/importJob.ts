import { rm } from 'node:fs/promises';
import { type DatasetSources, IngestError } from '@tropa/analytics';
import { type Database, run } from '../db/database.ts';
import { jsonb, sql } from '../db/sql.ts';
import type { DatasetHost } from './host.ts';

/**
 * Builds the dataset from the uploaded files in the background, then records the outcome. The engine
 * writes to a temporary file and renames it only on success, so a failure, or a process killed half-way,
 * leaves no partial dataset; the uploaded files are removed either way.
 */
export function startImport(
  db: Database,
  host: DatasetHost,
  datasetId: string,
  sources: DatasetSources,
  uploadDir: string,
): Promise<void> {
  return host.exclusive(datasetId, async () => {
    try {
      const summary = await host.engine.createDataset(datasetId, sources, {
        onProgress: (progress) => host.publish(datasetId, { type: 'progress', progress }),
      });
      await run(
        db,
        sql`update datasets set status = 'ready', summary = ${jsonb(summary)}, updated_at = now() where id = ${datasetId}`,
      );
      host.publish(datasetId, { type: 'ready' });
    } catch (error) {
      const failure =
        error instanceof IngestError
          ? {
              code: error.code,
              message: error.localized,
              file: error.file,
              badRows: error.badRows,
              totalBad: error.totalBad,
            }
          : {
              code: 'internal',
              message: { en: 'The import failed on the server.', ru: 'Импорт не удался на сервере.' },
            };
      await run(
        db,
        sql`update datasets set status = 'failed', error = ${jsonb(failure)}, updated_at = now() where id = ${datasetId}`,
      );
      host.publish(datasetId, { type: 'failed', code: failure.code, message: failure.message.en });
    } finally {
      await rm(uploadDir, { recursive: true, force: true });
    }
  });
}

/** Imports cut short by a stopped server can never finish: say so instead of leaving them "importing". */
export async function failInterruptedImports(db: Database): Promise<void> {
  const error = {
    code: 'interrupted',
    message: {
      en: 'The server stopped during the import; nothing was kept. Upload the files again.',
      ru: 'Сервер остановился во время импорта; ничего не сохранено. Загрузите файлы снова.',
    },
  };
  await run(
    db,
    sql`update datasets set status = 'failed', error = ${jsonb(error)} where status = 'importing'`,
  );
}
