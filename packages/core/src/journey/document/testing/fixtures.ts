import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The hand-written documents in test/fixtures/documents (small, ours, committed with the tests). */
export const FIXTURES_DIR = fileURLToPath(
  new URL('../../../../../../test/fixtures/documents/', import.meta.url),
);

/** A fixture's text and the name it is reported under. */
export function readFixture(relative: string): { text: string; file: string } {
  return { text: readFileSync(`${FIXTURES_DIR}${relative}`, 'utf8'), file: `fixtures/${relative}` };
}
