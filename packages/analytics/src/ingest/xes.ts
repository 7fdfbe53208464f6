import { createReadStream, createWriteStream } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { SaxesParser } from 'saxes';
import { fileError } from './errors.ts';
import { openBytes } from './sniff.ts';
import { LineWriter, utf8Chunks } from './textStreams.ts';

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

const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;

/**
 * Streams an XES (or .xes.gz) log into a CSV file, one row per event with its trace's attributes
 * prefixed `case:`. Nested attributes, globals and log-level attributes are skipped. Columns are numbered
 * as keys first appear, so earlier rows may be shorter (read them with null padding); the header,
 * known only at the end, is written in front of the rows last.
 */
export async function xesToCsv(
  path: string,
  target: string,
  onBytes?: (bytes: number) => void,
): Promise<XesResult> {
  const body = `${target}.rows`;
  const writer = new LineWriter(body);
  const keys = new Map<string, number>([[XES_EVENT_KEY, 0]]);
  const column = (key: string) => {
    let index = keys.get(key);
    if (index === undefined) {
      index = keys.size;
      keys.set(key, index);
    }
    return index;
  };
  const row = (attrs: Record<string, string | number>[]) => {
    const cells: string[] = [];
    for (const a of attrs)
      for (const [k, v] of Object.entries(a)) cells[column(k)] = typeof v === 'number' ? String(v) : quote(v);
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    return cells.join(',');
  };
  const parser = new SaxesParser({ xmlns: false, position: false });
  // Depth of elements inside the current attribute: only direct attributes of a trace or event count.
  let attributeDepth = 0;
  let inTrace = false;
  let inEvent = false;
  let caseAttrs: Record<string, string> = {};
  let eventAttrs: Record<string, string | number> = {};
  let pending: Record<string, string | number>[] = [];
  let events = 0;
  let ordinal = 0;
  let lines: string[] = [];
  let error: Error | undefined;

  parser.on('opentag', (tag) => {
    const name = tag.name;
    if (attributeDepth > 0 || name === 'list' || name === 'container') {
      attributeDepth++;
      return;
    }
    if (name === 'trace') {
      inTrace = true;
      caseAttrs = {};
      pending = [];
    } else if (name === 'event' && inTrace) {
      inEvent = true;
      ordinal++;
      eventAttrs = { [XES_EVENT_KEY]: ordinal };
    } else if (ATTRIBUTE_TAGS.has(name) && inTrace) {
      const key = tag.attributes.key;
      const value = tag.attributes.value;
      if (typeof key === 'string' && typeof value === 'string') {
        if (inEvent) eventAttrs[key] = value;
        else caseAttrs[`case:${key}`] = value;
      }
      attributeDepth++;
    } else if (ATTRIBUTE_TAGS.has(name)) attributeDepth++;
  });
  parser.on('closetag', (tag) => {
    if (attributeDepth > 0) {
      attributeDepth--;
      return;
    }
    if (tag.name === 'event' && inEvent) {
      inEvent = false;
      pending.push(eventAttrs);
    } else if (tag.name === 'trace') {
      inTrace = false;
      for (const e of pending) {
        events++;
        lines.push(row([e, caseAttrs]));
      }
      pending = [];
    }
  });
  parser.on('error', (e) => {
    error ??= e;
  });

  const stream = await openBytes(path);
  try {
    for await (const chunk of utf8Chunks(stream, onBytes)) {
      parser.write(chunk);
      if (error) break;
      const ready = lines;
      lines = [];
      for (const line of ready) await writer.push(line);
    }
    if (!error) parser.close();
    for (const line of lines) await writer.push(line);
  } catch (e) {
    error ??= e as Error;
  }
  await writer.close();
  if (!error) {
    await writeFile(target, `${[...keys.keys()].map(quote).join(',')}\n`);
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
  return { events, keys: [...keys.keys()].filter((k) => k !== XES_EVENT_KEY) };
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
