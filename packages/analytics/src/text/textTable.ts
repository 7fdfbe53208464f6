import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

/** Rows of a small text table (CSV or JSON Lines) as strings by column name. */
export interface TextTable {
  columns: string[];
  rows: Record<string, string>[];
}

/** A text table that cannot be read: names the file, the line and the fix. */
export class TextTableError extends Error {
  override name = 'TextTableError';
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly detail: { en: string; ru: string },
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${detail.en}`);
  }
  text(lang: 'en' | 'ru'): string {
    return `${this.file}${this.line === undefined ? '' : `:${this.line}`}: ${this.detail[lang]}`;
  }
}

/** Splits CSV text (RFC 4180 quoting) into rows of fields with the given delimiter. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

function detectDelimiter(headerLine: string): string {
  const counts = [',', ';', '\t', '|'].map((d) => [d, headerLine.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',';
}

/**
 * Reads a feedback or survey file (CSV with any common delimiter, or JSON Lines; `.gz` too) for text analysis.
 * @example await readTextTable('feedback.csv')
 */
export async function readTextTable(path: string): Promise<TextTable> {
  const bytes = await readFile(path);
  const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8').replace(/^\uFEFF/, '');
  if (/\.(jsonl|ndjson)(\.gz)?$/i.test(path)) {
    const rows: Record<string, string>[] = [];
    const columns = new Set<string>();
    text.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new TextTableError(path, i + 1, {
          en: 'not a JSON object; each line of a JSON Lines file holds one object.',
          ru: 'не объект JSON; каждая строка файла JSON Lines содержит один объект.',
        });
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new TextTableError(path, i + 1, { en: 'expected a JSON object.', ru: 'ожидался объект JSON.' });
      }
      const row: Record<string, string> = {};
      for (const [k, v] of Object.entries(value)) {
        columns.add(k);
        row[k] = v === null || v === undefined ? '' : String(v);
      }
      rows.push(row);
    });
    return { columns: [...columns], rows };
  }
  const firstLine = text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length);
  const [header, ...body] = parseCsv(text, detectDelimiter(firstLine));
  if (!header) throw new TextTableError(path, 1, { en: 'the file is empty.', ru: 'файл пуст.' });
  const columns = header.map((h) => h.trim());
  return { columns, rows: body.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? '']))) };
}

/** The first of `names` that the table has (case-insensitive), or undefined. */
export function findColumn(table: TextTable, names: readonly string[]): string | undefined {
  const lower = new Map(table.columns.map((c) => [c.toLowerCase(), c]));
  for (const n of names) {
    const hit = lower.get(n.toLowerCase());
    if (hit !== undefined) return hit;
  }
  return undefined;
}
