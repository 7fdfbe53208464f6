import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** The shared test data directory: `TROPA_DATA_DIR`, else `../shared/data` beside the repo. */
export const sharedDataDir = process.env.TROPA_DATA_DIR ?? resolve(repoRoot, '../shared/data');

/**
 * The path of a shared data file, or null (with a visible message) when it is absent.
 * Under CI=true an absent file is an error: CI must never skip these tests silently.
 */
export function sharedDataFile(relative: string): string | null {
  const path = join(sharedDataDir, relative);
  if (existsSync(path)) return path;
  if (process.env.CI === 'true') throw new Error(`Test data missing under CI: ${path} (set TROPA_DATA_DIR)`);
  console.warn(`SKIPPED: test data not found: ${path} (set TROPA_DATA_DIR to the shared data directory)`);
  return null;
}
