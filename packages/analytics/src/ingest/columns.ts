import { fileError } from './errors.ts';

/** Which source column holds each of our event fields. */
export interface ColumnMapping {
  case: string;
  activity: string;
  timestamp: string;
  channel?: string;
  resource?: string;
}

export type MappedField = keyof ColumnMapping;

/** Common names of each field, most specific first (compared case- and separator-insensitively). */
const CANDIDATES: Record<MappedField, string[]> = {
  case: [
    'case:concept:name',
    'case_id',
    'caseid',
    'case',
    'case:id',
    'trace_id',
    'partner_id',
    'account_id',
    'customer_id',
    'client_id',
    'session_id',
  ],
  activity: ['concept:name', 'activity', 'activity_name', 'event', 'event_name', 'action', 'task', 'step'],
  timestamp: [
    'time:timestamp',
    'timestamp',
    'ts',
    'complete_timestamp',
    'time',
    'datetime',
    'event_time',
    'date',
    'created_at',
    'start_timestamp',
  ],
  channel: ['channel', 'case:channel', 'channel_name', 'medium'],
  resource: ['org:resource', 'resource', 'operator', 'agent', 'employee', 'user'],
};

const REQUIRED: MappedField[] = ['case', 'activity', 'timestamp'];

const OPTION: Record<MappedField, string> = {
  case: '--case',
  activity: '--activity',
  timestamp: '--timestamp',
  channel: '--channel',
  resource: '--resource',
};

function normalize(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * Picks the source column for each field: the user's choice when given, else the first common name present.
 * Throws naming the missing field, the columns the file has and the option that fixes it.
 */
export function detectMapping(
  file: string,
  columns: readonly string[],
  given: Partial<ColumnMapping> = {},
): ColumnMapping {
  const byNormal = new Map<string, string>();
  for (const c of columns) if (!byNormal.has(normalize(c))) byNormal.set(normalize(c), c);
  const used = new Set<string>();
  const result: Partial<ColumnMapping> = {};
  for (const field of Object.keys(CANDIDATES) as MappedField[]) {
    const chosen = given[field];
    if (chosen !== undefined) {
      if (!columns.includes(chosen)) throw missing(file, field, columns, chosen);
      result[field] = chosen;
      used.add(chosen);
      continue;
    }
    const found = CANDIDATES[field]
      .map((c) => byNormal.get(normalize(c)))
      .find((c) => c !== undefined && !used.has(c));
    if (found !== undefined) {
      result[field] = found;
      used.add(found);
    } else if (REQUIRED.includes(field)) throw missing(file, field, columns, undefined);
  }
  return result as ColumnMapping;
}

function missing(file: string, field: MappedField, columns: readonly string[], chosen: string | undefined) {
  const list = columns.map((c) => `"${c}"`).join(', ');
  const option = OPTION[field];
  return fileError(
    'missing-column',
    file,
    chosen === undefined
      ? {
          en: `no column for "${field}" found among: ${list}. Name it with ${option} COLUMN.`,
          ru: `не найден столбец для «${field}» среди: ${list}. Укажите его: ${option} СТОЛБЕЦ.`,
        }
      : {
          en: `column "${chosen}" (given for "${field}") is not in the file; its columns are: ${list}. Fix ${option}.`,
          ru: `столбца «${chosen}» (указан для «${field}») нет в файле; есть: ${list}. Исправьте ${option}.`,
        },
  );
}
