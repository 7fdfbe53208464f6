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

/**
 * Streams an XES (or .xes.gz) log into JSON Lines, one object per event with its trace's attributes
 * prefixed `case:`. Nested attributes, globals and log-level attributes are skipped.
 */
export async function xesToJsonLines(
  path: string,
  target: string,
  onBytes?: (bytes: number) => void,
): Promise<XesResult> {
  const writer = new LineWriter(target);
  const keys = new Map<string, true>();
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
      for (const k of Object.keys(caseAttrs)) keys.set(k, true);
      for (const e of pending) {
        for (const k of Object.keys(e)) keys.set(k, true);
        events++;
        lines.push(JSON.stringify({ ...caseAttrs, ...e }));
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
  if (error) {
    const line = await xmlErrorLine(path);
    throw fileError('parse', path, {
      en: `line ${line}: not valid XES/XML (${error.message}).`,
      ru: `строка ${line}: некорректный XES/XML (${error.message}).`,
    });
  }
  keys.delete(XES_EVENT_KEY);
  return { events, keys: [...keys.keys()] };
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
