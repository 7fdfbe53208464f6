import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import iconv from 'iconv-lite';
import type { JourneyRules } from '../mapping/journeyRules.ts';

/**
 * A small partner journey log whose figures are worked out by hand in contract.ts:
 * five cases, three stages, channels, an unmatched activity with quotes in its name, equal timestamps.
 */
export interface SmallEvent {
  case_id: string;
  activity: string;
  ts: string;
  channel: string;
  age_group: string;
}

const e = (
  case_id: string,
  activity: string,
  ts: string,
  channel: string,
  age_group: string,
): SmallEvent => ({
  case_id,
  activity,
  ts,
  channel,
  age_group,
});

export const UNMATCHED_ACTIVITY = `unknown "x" it's`;

export const SMALL_EVENTS: SmallEvent[] = [
  e('c1', 'visit_site', '2024-01-01T10:00:00Z', 'site', '25-34'),
  e('c1', 'call_in', '2024-01-01T12:00:00Z', 'phone', '25-34'),
  e('c1', 'request_form', '2024-01-02T10:00:00Z', 'site', '25-34'),
  e('c1', 'offer_sent', '2024-01-03T10:00:00Z', 'email', '25-34'),
  e('c1', 'contract_signed', '2024-01-10T10:00:00Z', 'offline', '25-34'),
  e('c2', 'visit_site', '2024-01-01T08:00:00Z', 'site', '25-34'),
  e('c2', 'request_form', '2024-01-05T08:00:00Z', 'site', '25-34'),
  e('c2', UNMATCHED_ACTIVITY, '2024-01-06T08:00:00Z', 'email', '25-34'),
  // c3's events are out of time order in the file: the engine sorts them.
  e('c3', 'call_back', '2024-01-01T10:00:00+01:00', 'phone', '35-44'),
  e('c3', 'visit_site', '2024-01-01T09:00:00+01:00', 'site', '35-44'),
  e('c4', 'visit_site', '2024-05-01T10:00:00Z', 'site', '35-44'),
  e('c4', 'visit_site', '2024-05-02T10:00:00Z', 'site', '35-44'),
  e('c4', 'request_form', '2024-05-20T10:00:00Z', 'site', '35-44'),
  e('c4', 'contract_signed', '2024-06-01T10:00:00Z', 'offline', '35-44'),
  // Equal timestamps keep file order: request_form, then visit_site.
  e('c5', 'request_form', '2024-05-30T10:00:00Z', 'site', '35-44'),
  e('c5', 'visit_site', '2024-05-30T10:00:00Z', 'site', '35-44'),
  e('c5', 'visit_site', '2024-05-30T11:00:00Z', 'site', '35-44'),
];

export const SMALL_JOURNEY: JourneyRules = {
  stages: [
    { id: 's-aware', name: 'Awareness' },
    { id: 's-request', name: 'Request' },
    { id: 's-contract', name: 'Contract' },
  ],
  touchpoints: [
    { id: 't-site', name: 'Site', stage: 's-aware', rules: [{ activity: ['visit_site'] }] },
    { id: 't-call', name: 'Call', stage: 's-aware', rules: [{ pattern: '^call_', channel: ['phone'] }] },
    { id: 't-form', name: 'Form', stage: 's-request', rules: [{ activity: ['request_form', 'offer_sent'] }] },
    // Never wins for request_form: t-form comes first in document order.
    { id: 't-form-late', name: 'Form again', stage: 's-contract', rules: [{ activity: ['request_form'] }] },
    { id: 't-contract', name: 'Contract', stage: 's-contract', rules: [{ activity: ['contract_signed'] }] },
  ],
};

const COLUMNS = ['case_id', 'activity', 'ts', 'channel', 'age_group'] as const;

function csvField(value: string, delimiter: string): string {
  return /["\n\r]/.test(value) || value.includes(delimiter) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The events as CSV text. */
export function toCsv(events: readonly SmallEvent[], delimiter = ','): string {
  const lines = [
    COLUMNS.join(delimiter),
    ...events.map((ev) => COLUMNS.map((c) => csvField(ev[c], delimiter)).join(delimiter)),
  ];
  return `${lines.join('\n')}\n`;
}

/** The events as JSON Lines. */
export function toJsonLines(events: readonly SmallEvent[]): string {
  return `${events.map((ev) => JSON.stringify(ev)).join('\n')}\n`;
}

function xmlAttr(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/** The events as an XES log (one trace per case, age group as a trace attribute). */
export function toXes(events: readonly SmallEvent[]): string {
  const cases = [...new Set(events.map((ev) => ev.case_id))];
  const traces = cases.map((c) => {
    const own = events.filter((ev) => ev.case_id === c);
    const body = own.map(
      (ev) => `    <event>
      <string key="concept:name" value="${xmlAttr(ev.activity)}"/>
      <date key="time:timestamp" value="${ev.ts}"/>
      <string key="channel" value="${ev.channel}"/>
    </event>`,
    );
    return `  <trace>\n    <string key="concept:name" value="${c}"/>\n    <string key="age_group" value="${own[0]?.age_group ?? ''}"/>\n${body.join('\n')}\n  </trace>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1.0">\n  <global scope="event"><string key="concept:name" value="x"/></global>\n${traces.join('\n')}\n</log>\n`;
}

/** Writes the log in a format under `dir` and returns the path. */
export function writeSmallLog(
  dir: string,
  kind: 'csv' | 'csv.gz' | 'jsonl' | 'xes' | 'csv-1251',
  events = SMALL_EVENTS,
): string {
  const path = join(dir, `small.${kind === 'csv-1251' ? 'csv' : kind}`);
  if (kind === 'csv') writeFileSync(path, toCsv(events));
  else if (kind === 'csv.gz') writeFileSync(path, gzipSync(toCsv(events)));
  else if (kind === 'jsonl') writeFileSync(path, toJsonLines(events));
  else if (kind === 'xes') writeFileSync(path, toXes(events));
  else writeFileSync(path, iconv.encode(toCsv(events, ';'), 'win1251'));
  return path;
}

/** Writes the log as Parquet (through DuckDB, from the CSV form) under `dir` and returns the path. */
export async function writeSmallParquet(dir: string, events = SMALL_EVENTS): Promise<string> {
  const csv = writeSmallLog(dir, 'csv', events);
  const path = join(dir, 'small.parquet');
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  // COPY takes no bound parameters; both paths are our own temporary files.
  await conn.run(`COPY (SELECT * FROM read_csv('${csv}', all_varchar = true)) TO '${path}' (FORMAT parquet)`);
  conn.closeSync();
  instance.closeSync();
  return path;
}
