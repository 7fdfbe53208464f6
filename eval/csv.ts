import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { parseCsv } from '../packages/analytics/src/text/textTable.ts';

/** Reads a comma-separated file (optionally .gz) with a header row into records. */
export async function readCsv(path: string): Promise<Record<string, string>[]> {
  const bytes = await readFile(path);
  const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8').replace(/^\uFEFF/, '');
  const [header, ...body] = parseCsv(text);
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
