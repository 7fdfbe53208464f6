import { createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import iconv from 'iconv-lite';
import { openBytes } from './sniff.ts';

/** Copies a (possibly gzipped) Windows-1251 file into a UTF-8 file, streaming, never whole in memory. */
export async function transcodeToUtf8(
  path: string,
  target: string,
  onBytes?: (bytes: number) => void,
): Promise<void> {
  const input = await openBytes(path);
  let bytes = 0;
  input.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    onBytes?.(bytes);
  });
  await pipeline(input, iconv.decodeStream('win1251'), iconv.encodeStream('utf8'), createWriteStream(target));
}

/** Writes lines to a file in large batches, waiting when the disk is behind. */
export class LineWriter {
  private readonly out;
  private batch: string[] = [];
  private batchSize = 0;
  constructor(path: string) {
    this.out = createWriteStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  }

  async push(line: string): Promise<void> {
    this.batch.push(line);
    this.batchSize += line.length;
    if (this.batchSize >= 1 << 20) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const text = `${this.batch.join('\n')}\n`;
    this.batch = [];
    this.batchSize = 0;
    if (!this.out.write(text)) await new Promise<void>((resolve) => this.out.once('drain', resolve));
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) =>
      this.out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
}

/** Reads a text stream in UTF-8 chunks, reporting bytes read so far. */
export async function* utf8Chunks(
  stream: Readable,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<string> {
  let bytes = 0;
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of stream) {
    bytes += (chunk as Buffer).length;
    onBytes?.(bytes);
    yield decoder.decode(chunk as Buffer, { stream: true });
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
