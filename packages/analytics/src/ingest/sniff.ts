import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { EventFormat } from '../engine/engine.ts';
import { fileError } from './errors.ts';

const SAMPLE_BYTES = 1 << 20;

/** True when the file starts with the gzip magic bytes (whatever its name says). */
export async function isGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** A byte stream of the file, gunzipped when it is compressed. */
export async function openBytes(path: string): Promise<Readable> {
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  // Large output chunks: each one is a round trip to the thread pool (16 KB by default).
  return (await isGzip(path)) ? raw.pipe(createGunzip({ chunkSize: 1 << 18 })) : raw;
}

/** The first bytes of the (decompressed) file. */
export async function readSample(path: string, bytes = SAMPLE_BYTES): Promise<Buffer> {
  const stream = await openBytes(path);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size >= bytes) break;
  }
  stream.destroy();
  return Buffer.concat(chunks).subarray(0, bytes);
}

/** The format from the file name: .csv/.tsv/.txt, .jsonl/.ndjson, .parquet, .xes (each may end in .gz). */
export function formatFromName(path: string): EventFormat {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  if (name.endsWith('.xes')) return 'xes';
  if (name.endsWith('.parquet')) return 'parquet';
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson') || name.endsWith('.json')) return 'jsonl';
  return 'csv';
}

/** Where the first invalid UTF-8 sequence is (1-based line), or null when the sample is valid UTF-8. */
export function firstInvalidUtf8Line(sample: Buffer, truncated: boolean): number | null {
  // A multi-byte character cut by the sample's end is not an error: drop up to 3 trailing bytes.
  let end = sample.length;
  if (truncated) {
    let back = 0;
    while (back < 3 && end - back - 1 >= 0 && ((sample[end - back - 1] ?? 0) & 0xc0) === 0x80) back++;
    if (end - back - 1 >= 0 && ((sample[end - back - 1] ?? 0) & 0xc0) === 0xc0) end = end - back - 1;
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    decoder.decode(sample.subarray(0, end));
    return null;
  } catch {
    const text = new TextDecoder('utf-8').decode(sample.subarray(0, end));
    const bad = text.indexOf('\uFFFD');
    return text.slice(0, Math.max(0, bad)).split('\n').length;
  }
}

/**
 * Detects the text encoding: UTF-8 when valid, Windows-1251 when the bytes look like Cyrillic in it;
 * anything else (UTF-16, binary, Latin-1) is refused with the line of the first bad byte.
 */
export function detectEncoding(path: string, sample: Buffer, truncated: boolean): 'utf-8' | 'windows-1251' {
  if (sample.includes(0)) {
    throw fileError('encoding', path, {
      en: 'the file contains NUL bytes: it is UTF-16 or binary. Save it as UTF-8 (or Windows-1251) text.',
      ru: 'в файле есть нулевые байты: это UTF-16 или двоичный файл. Сохраните его как текст в UTF-8 (или Windows-1251).',
    });
  }
  const badLine = firstInvalidUtf8Line(sample, truncated);
  if (badLine === null) return 'utf-8';
  if (looksLikeWindows1251(sample)) return 'windows-1251';
  throw fileError('encoding', path, {
    en: `line ${badLine}: the text is neither UTF-8 nor Windows-1251. Save the file as UTF-8.`,
    ru: `строка ${badLine}: текст не в UTF-8 и не в Windows-1251. Сохраните файл в UTF-8.`,
  });
}

/**
 * Windows-1251 Russian text: high bytes are mostly letters (0xC0–0xFF, Ё/ё) and stand in runs, as whole
 * words do. Latin-1 text also uses 0xC0–0xFF, but its accented letters stand alone between ASCII ones.
 */
function looksLikeWindows1251(sample: Buffer): boolean {
  let high = 0;
  let letters = 0;
  let inRuns = 0;
  const isHigh = (b: number | undefined) => b !== undefined && b >= 0x80;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] as number;
    if (b < 0x80) continue;
    high++;
    if (b >= 0xc0 || b === 0xa8 || b === 0xb8) letters++;
    if (isHigh(sample[i - 1]) || isHigh(sample[i + 1])) inRuns++;
  }
  return high > 0 && letters / high >= 0.8 && inRuns / high >= 0.6;
}

/** The delimiter used most on the header line (outside quotes): comma, semicolon, tab or pipe. */
export function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
    ['|', 0],
  ]);
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [d, n] of counts) if (n > bestCount) [best, bestCount] = [d, n];
  return best;
}
