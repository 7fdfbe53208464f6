import { openBytes } from './sniff.ts';
import { utf8Chunks } from './textStreams.ts';

/**
 * The line each wanted record starts at (records numbered from 0 after the header), reading the file
 * once with a quote-aware scan, so fields with line breaks inside quotes are counted right. Only error
 * messages need this, so ingest does not pay for it.
 */
export async function csvRecordLines(path: string, records: readonly number[]): Promise<Map<number, number>> {
  const wanted = new Set(records);
  const found = new Map<number, number>();
  let line = 1;
  let record = -1;
  let quoted = false;
  let atStart = false;
  for await (const chunk of utf8Chunks(await openBytes(path))) {
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk.charCodeAt(i);
      if (atStart) {
        atStart = false;
        if (wanted.has(record)) found.set(record, line);
      }
      if (ch === 34) quoted = !quoted;
      else if (ch === 10) {
        line++;
        if (!quoted) {
          record++;
          atStart = true;
        }
      }
    }
    if (found.size === wanted.size) break;
  }
  return found;
}
