/** Our fields an event log must or may name, and the column names people usually give them. */
export const MAPPED_FIELDS = {
  case: [
    'case_id',
    'case',
    'caseid',
    'account',
    'account_id',
    'partner',
    'partner_id',
    'client_id',
    'customer_id',
  ],
  activity: ['activity', 'event', 'event_name', 'action', 'concept:name', 'step'],
  timestamp: ['ts', 'timestamp', 'time', 'datetime', 'date', 'time:timestamp', 'created_at', 'event_time'],
  channel: ['channel', 'source', 'medium'],
  resource: ['resource', 'operator', 'agent', 'org:resource', 'employee'],
} as const;
export type MappedField = keyof typeof MAPPED_FIELDS;

/** Splits the first line of a CSV file into column names (quotes honoured; `,` `;` tab or `|`). */
export function csvHeader(firstLine: string): { columns: string[]; delimiter: string } {
  const line = firstLine.replace(/^\uFEFF/, '').replace(/\r?\n?$/, '');
  const delimiter = [',', ';', '\t', '|'].reduce(
    (best, d) => (line.split(d).length > line.split(best).length ? d : best),
    ',',
  );
  const columns: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"' && quoted && line[i + 1] === '"') {
      current += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) {
      columns.push(current.trim());
      current = '';
    } else current += ch;
  }
  columns.push(current.trim());
  return { columns: columns.filter((c) => c.length > 0), delimiter };
}

/** The column each field most likely is, by the usual names (case-insensitive); unknown fields left out. */
export function guessMapping(columns: readonly string[]): Partial<Record<MappedField, string>> {
  const guess: Partial<Record<MappedField, string>> = {};
  for (const [field, names] of Object.entries(MAPPED_FIELDS) as [MappedField, readonly string[]][]) {
    const found = columns.find((c) => names.includes(c.toLowerCase()));
    if (found) guess[field] = found;
  }
  return guess;
}
