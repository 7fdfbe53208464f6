import { invalidInput } from './errors.ts';

/**
 * Refuses U+0000 anywhere in a request's strings: PostgreSQL text cannot hold it, and no journey,
 * name or comment needs it. Found here it is a clear 400 naming the field, not a 500 from the database.
 */
export function rejectNulCharacters(value: unknown, path: string, depth = 0): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) throw invalidInput(path, 'the text contains a NUL character (U+0000)');
    return;
  }
  if (typeof value !== 'object' || value === null || depth > 64) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      rejectNulCharacters(item, `${path}.${i}`, depth + 1);
    });
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000')) throw invalidInput(path, 'a field name contains a NUL character (U+0000)');
    rejectNulCharacters(item, `${path}.${key}`, depth + 1);
  }
}
