import { createReadStream, createWriteStream } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { SaxesParser } from 'saxes';
import { fileError } from './errors.ts';
import { openBytes } from './sniff.ts';
import { LineWriter, utf8Chunks } from './textStreams.ts';
import { OutsideSubset, type TagSink, XmlScanner } from './xmlScanner.ts';

const ATTRIBUTE_TAGS = new Set(['string', 'date', 'int', 'float', 'boolean', 'id']);

/**
 * The column holding an event's ordinal in the file (1-based). Tracking positions slows parsing by a
 * quarter, so lines are found only when an error needs them (`xesEventLines`).
 */
export const XES_EVENT_KEY = '__event';

export interface XesResult {
  events: number;
  /** Every attribute key seen, trace attributes prefixed `case:`, in first-seen order. */
  keys: string[];
}

const quote = (value: string) => `"${value.includes('"') ? value.replaceAll('"', '""') : value}"`;

/** Turns XES elements into CSV rows: a trace's events are written when the trace ends. */
class XesRows implements TagSink {
  readonly keys = new Map<string, number>([[XES_EVENT_KEY, 0]]);
  lines: string[] = [];
  events = 0;
  // Depth of elements inside the current attribute: only direct attributes of a trace or event count.
  private attributeDepth = 0;
  private inTrace = false;
  private inEvent = false;
  private caseAttrs: Record<string, string> = {};
  private eventAttrs: Record<string, string | number> = {};
  private pending: Record<string, string | number>[] = [];
  private ordinal = 0;

  private column(key: string): number {
    let index = this.keys.get(key);
    if (index === undefined) {
      index = this.keys.size;
      this.keys.set(key, index);
    }
    return index;
  }

  private row(attrs: Record<string, string | number>[]): string {
    const cells: string[] = [];
    for (const a of attrs)
      for (const k in a) {
        const v = a[k] as string | number;
        cells[this.column(k)] = typeof v === 'number' ? String(v) : quote(v);
      }
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    return cells.join(',');
  }

  open(name: string, key: string | undefined, value: string | undefined): void {
    if (this.attributeDepth > 0 || name === 'list' || name === 'container') {
      this.attributeDepth++;
      return;
    }
    if (name === 'trace') {
      this.inTrace = true;
      this.caseAttrs = {};
      this.pending = [];
    } else if (name === 'event' && this.inTrace) {
      this.inEvent = true;
      this.ordinal++;
      this.eventAttrs = { [XES_EVENT_KEY]: this.ordinal };
    } else if (ATTRIBUTE_TAGS.has(name) && this.inTrace) {
      if (key !== undefined && value !== undefined) {
        if (this.inEvent) this.eventAttrs[key] = value;
        else this.caseAttrs[`case:${key}`] = value;
      }
      this.attributeDepth++;
    } else if (ATTRIBUTE_TAGS.has(name)) this.attributeDepth++;
  }

  close(name: string): void {
    if (this.attributeDepth > 0) {
      this.attributeDepth--;
      return;
    }
    if (name === 'event' && this.inEvent) {
      this.inEvent = false;
      this.pending.push(this.eventAttrs);
    } else if (name === 'trace') {
      this.inTrace = false;
      for (const e of this.pending) {
        this.events++;
        this.lines.push(this.row([e, this.caseAttrs]));
      }
      this.pending = [];
    }
  }
}

/** Feeds a text stream to a parser, handing the finished rows to the writer after each chunk. */
async function convert(
  path: string,
  writer: LineWriter,
  rows: XesRows,
  parser: { write(chunk: string): void; end(): void },
  onBytes?: (bytes: number) => void,
): Promise<void> {
  for await (const chunk of utf8Chunks(await openBytes(path), onBytes)) {
    parser.write(chunk);
    const ready = rows.lines;
    rows.lines = [];
    for (const line of ready) await writer.push(line);
  }
  parser.end();
  for (const line of rows.lines) await writer.push(line);
}

/** The same conversion by saxes, a full XML parser: for files outside the fast scanner's subset. */
function saxesParser(rows: XesRows) {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let error: Error | undefined;
  parser.on('opentag', (tag) => {
    const { key, value } = tag.attributes;
    rows.open(
      tag.name,
      typeof key === 'string' ? key : undefined,
      typeof value === 'string' ? value : undefined,
    );
  });
  parser.on('closetag', (tag) => rows.close(tag.name));
  parser.on('error', (e) => {
    error ??= e;
  });
  const check = () => {
    if (error) throw new XmlError(error.message);
  };
  return {
    write: (chunk: string) => {
      parser.write(chunk);
      check();
    },
    end: () => {
      parser.close();
      check();
    },
  };
}

class XmlError extends Error {}

/**
 * Streams an XES (or .xes.gz) log into a CSV file, one row per event with its trace's attributes
 * prefixed `case:`. Nested attributes, globals and log-level attributes are skipped. Columns are numbered
 * as keys first appear, so earlier rows may be shorter (read them with null padding); the header,
 * known only at the end, is written in front of the rows last. A scanner for plain XML reads the file;
 * when it meets anything else, saxes reads it again from the start.
 */
export async function xesToCsv(
  path: string,
  target: string,
  onBytes?: (bytes: number) => void,
): Promise<XesResult> {
  const body = `${target}.rows`;
  let rows = new XesRows();
  let writer = new LineWriter(body);
  let error: Error | undefined;
  try {
    await convert(path, writer, rows, new XmlScanner(rows), onBytes);
  } catch (e) {
    if (!(e instanceof OutsideSubset)) error = e as Error;
    else {
      await writer.close();
      rows = new XesRows();
      writer = new LineWriter(body);
      await convert(path, writer, rows, saxesParser(rows)).catch((e2: Error) => {
        error = e2;
      });
    }
  }
  await writer.close();
  const keys = [...rows.keys.keys()];
  if (!error) {
    await writeFile(target, `${keys.map(quote).join(',')}\n`);
    await pipeline(createReadStream(body), createWriteStream(target, { flags: 'a' }));
  }
  await rm(body, { force: true });
  if (error) {
    const line = await xmlErrorLine(path);
    throw fileError('parse', path, {
      en: `line ${line}: not valid XES/XML (${error.message}).`,
      ru: `строка ${line}: некорректный XES/XML (${error.message}).`,
    });
  }
  return { events: rows.events, keys: keys.filter((k) => k !== XES_EVENT_KEY) };
}

/** Parses again with positions on, up to the first XML error, and returns its line. */
async function xmlErrorLine(path: string): Promise<number> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let line = 0;
  parser.on('error', () => {
    line ||= parser.line;
  });
  for await (const chunk of utf8Chunks(await openBytes(path))) {
    parser.write(chunk);
    if (line) break;
  }
  return line || parser.line;
}

/** The lines the given events (ordinals in file order, 1-based) start at; for error messages only. */
export async function xesEventLines(path: string, ordinals: readonly number[]): Promise<Map<number, number>> {
  const wanted = new Set(ordinals);
  const found = new Map<number, number>();
  const parser = new SaxesParser({ xmlns: false, position: true });
  let inTrace = false;
  let ordinal = 0;
  parser.on('opentag', (tag) => {
    if (tag.name === 'trace') inTrace = true;
    else if (tag.name === 'event' && inTrace && wanted.has(++ordinal)) found.set(ordinal, parser.line);
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'trace') inTrace = false;
  });
  parser.on('error', () => {});
  for await (const chunk of utf8Chunks(await openBytes(path))) {
    parser.write(chunk);
    if (found.size === wanted.size) break;
  }
  return found;
}
