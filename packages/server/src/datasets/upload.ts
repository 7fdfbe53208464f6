import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../http/apiError.ts';
import { invalidInput } from '../http/errors.ts';

export const UPLOAD_FILES = ['events', 'surveys', 'feedback'] as const;
export type UploadFile = (typeof UPLOAD_FILES)[number];

/** Extensions the analytics ingest reads; the format is told by the extension. */
const EXTENSIONS = new Set(['csv', 'tsv', 'txt', 'jsonl', 'ndjson', 'json', 'parquet', 'xes']);

export interface Upload {
  fields: Record<string, string>;
  files: Partial<Record<UploadFile, string>>;
}

const unsupportedFile = (field: string, name: string) =>
  new ApiError(
    415,
    'unsupported-file-type',
    {
      en: 'The file "{name}" is not one Tropa reads. Upload CSV, TSV, JSON Lines, Parquet or XES.',
      ru: 'Файл «{name}» не поддерживается. Загрузите CSV, TSV, JSON Lines, Parquet или XES.',
    },
    { name },
    `body.${field}`,
  );

/**
 * Streams a multipart upload to `dir` without holding it in memory. Files are stored under fixed names
 * (`events.csv`…): the client's file name gives only its extension, never a path. The size limit is
 * enforced while streaming (413), and fields are plain text.
 */
export async function receiveUpload(request: FastifyRequest, dir: string): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new ApiError(
      415,
      'multipart-required',
      { en: 'Send the files as multipart/form-data.', ru: 'Отправьте файлы как multipart/form-data.' },
      {},
      'header.content-type',
    );
  }
  await mkdir(dir, { recursive: true });
  const upload: Upload = { fields: {}, files: {} };
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      if (typeof part.value !== 'string') throw invalidInput(`body.${part.fieldname}`, 'expected text');
      upload.fields[part.fieldname] = part.value;
      continue;
    }
    const field = part.fieldname as UploadFile;
    if (!UPLOAD_FILES.includes(field)) {
      part.file.resume();
      throw invalidInput(`body.${part.fieldname}`, `unknown file field; use ${UPLOAD_FILES.join(', ')}`);
    }
    const extension = /\.([A-Za-z0-9]{1,8})$/.exec(part.filename)?.[1]?.toLowerCase();
    if (!extension || !EXTENSIONS.has(extension)) {
      part.file.resume();
      throw unsupportedFile(field, part.filename.slice(-80));
    }
    const path = join(dir, `${field}.${extension === 'tsv' || extension === 'txt' ? 'csv' : extension}`);
    await pipeline(part.file, createWriteStream(path));
    upload.files[field] = path;
  }
  return upload;
}
