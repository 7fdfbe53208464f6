import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

/**
 * A deliberately plain reader and counter of event logs, written independently of the engine, to
 * check it: read every event, sort each case by time with a stable sort (equal times keep file order,
 * as PM4Py does), then count directly-follows pairs, start/end activities and variants.
 */

export interface RefEvent {
  caseId: string;
  activity: string;
  time: number;
}

/** The file's lines, streamed (gunzipped when it ends in .gz). */
function lines(path: string): AsyncIterable<string> {
  const raw = createReadStream(path);
  return createInterface({
    input: path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw,
    crlfDelay: Infinity,
  });
}

/** Milliseconds since the epoch; a value without a zone is UTC. */
export function refTime(value: string): number {
  let v = value.trim().replace(/^(\d{4})\/(\d{2})\/(\d{2})/, '$1-$2-$3');
  v = v.replace(' ', 'T').replace(/(\.\d{3})\d+/, '$1');
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(v)) v += v.includes('T') ? 'Z' : 'T00:00:00Z';
  const t = Date.parse(v);
  if (Number.isNaN(t)) throw new Error(`reference reader: bad time ${value}`);
  return t;
}

function splitCsvLine(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

/** Reads a CSV whose records are one per line, taking the three named columns. */
export async function readCsvLog(
  path: string,
  delimiter: string,
  columns: { case: string; activity: string; time: string },
): Promise<RefEvent[]> {
  const events: RefEvent[] = [];
  let index: number[] | undefined;
  for await (const line of lines(path)) {
    if (line.length === 0) continue;
    const f = splitCsvLine(line, delimiter);
    if (!index) {
      index = [f.indexOf(columns.case), f.indexOf(columns.activity), f.indexOf(columns.time)];
      continue;
    }
    const [c, a, t] = index as [number, number, number];
    events.push({ caseId: f[c] ?? '', activity: f[a] ?? '', time: refTime(f[t] ?? '') });
  }
  return events;
}

function unescapeXml(s: string): string {
  return s.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '',
  );
}

/** Reads an XES file line by line (each attribute on its own line, as XES writers emit them). */
export async function readXesLog(path: string): Promise<RefEvent[]> {
  const events: RefEvent[] = [];
  let caseId = '';
  let inEvent = false;
  let pending: { activity: string; time: number }[] = [];
  let activity = '';
  let time = Number.NaN;
  for await (const line of lines(path)) {
    const trimmed = line.trim();
    if (trimmed.startsWith('<trace')) {
      caseId = '';
      pending = [];
    } else if (trimmed.startsWith('</trace>')) {
      for (const p of pending) events.push({ caseId, ...p });
    } else if (trimmed.startsWith('<event')) {
      inEvent = true;
      activity = '';
      time = Number.NaN;
    } else if (trimmed.startsWith('</event>')) {
      inEvent = false;
      pending.push({ activity, time });
    } else {
      const m = /^<(string|date) key="([^"]*)" value="([^"]*)"/.exec(trimmed);
      if (!m) continue;
      const [, , key, value = ''] = m;
      if (inEvent && key === 'concept:name') activity = unescapeXml(value);
      else if (inEvent && key === 'time:timestamp') time = refTime(value);
      else if (!inEvent && key === 'concept:name') caseId = unescapeXml(value);
    }
  }
  return events;
}

export interface RefCounts {
  edges: Map<string, { count: number; seconds: number[] }>;
  starts: Map<string, number>;
  ends: Map<string, number>;
  variants: Map<string, number>;
}

/** Groups by case (first-seen order), sorts each case stably by time and counts. */
export function countLog(events: RefEvent[]): RefCounts {
  const cases = new Map<string, RefEvent[]>();
  for (const e of events) {
    const list = cases.get(e.caseId);
    if (list) list.push(e);
    else cases.set(e.caseId, [e]);
  }
  const counts: RefCounts = { edges: new Map(), starts: new Map(), ends: new Map(), variants: new Map() };
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const list of cases.values()) {
    list.sort((x, y) => x.time - y.time);
    bump(counts.starts, list[0]?.activity ?? '');
    bump(counts.ends, list[list.length - 1]?.activity ?? '');
    bump(counts.variants, JSON.stringify(list.map((e) => e.activity)));
    for (let i = 0; i + 1 < list.length; i++) {
      const [x, y] = [list[i] as RefEvent, list[i + 1] as RefEvent];
      const key = JSON.stringify([x.activity, y.activity]);
      const edge = counts.edges.get(key) ?? { count: 0, seconds: [] };
      edge.count++;
      edge.seconds.push((y.time - x.time) / 1000);
      counts.edges.set(key, edge);
    }
  }
  return counts;
}

/** The median as NumPy computes it (mean of the two middle values for an even count). */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
