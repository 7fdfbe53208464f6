import { CURRENT_VERSION } from '../schema/journey.ts';
import type { PathIssue } from './issue.ts';
import { pathIssue } from './messages/catalog.ts';
import { quoteValue } from './messages/words.ts';

/** A document as plain data, before it is validated. */
export type RawDocument = Record<string, unknown>;

/**
 * One step of the document format's history: turns a document of `fromVersion` into one of
 * `fromVersion + 1`. It gets a private copy, so it may change it in place, and need not set `version`.
 */
export interface Migration {
  fromVersion: number;
  /** What changed, for people reading the registry. */
  description: string;
  migrate(doc: RawDocument): RawDocument;
}

/**
 * The format's migrations, oldest first. Empty: version 1 is the first format. When the format
 * changes, bump CURRENT_VERSION in schema/journey.ts and add `{ fromVersion: 1, ... }` here.
 */
export const MIGRATIONS: readonly Migration[] = [];

/** The format history to migrate along (the product's by default). */
export interface MigrationOptions {
  migrations?: readonly Migration[];
  currentVersion?: number;
}

/** The document at the current version, or why it cannot get there. */
export type MigrationResult =
  | { ok: true; document: RawDocument; fromVersion: number }
  | { ok: false; issues: PathIssue[] };

/**
 * Checks a raw document's `version` and brings it forward to the current format, one migration
 * at a time. A missing, malformed or too new version is an issue, not an exception.
 * @example migrateDocument({ version: 1, id: 'x', ... }) // { ok: true, document, fromVersion: 1 }
 */
export function migrateDocument(raw: RawDocument, options: MigrationOptions = {}): MigrationResult {
  const migrations = options.migrations ?? MIGRATIONS;
  const current = options.currentVersion ?? CURRENT_VERSION;
  const version = raw.version;
  if (version === undefined || version === null) {
    return { ok: false, issues: [pathIssue('missing-version', ['version'], { current })] };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      issues: [pathIssue('invalid-version', ['version'], { value: quoteValue(version), current })],
    };
  }
  if (version > current) {
    return { ok: false, issues: [pathIssue('newer-version', ['version'], { version, current })] };
  }
  let document: RawDocument = structuredClone(raw);
  for (let from = version; from < current; from++) {
    const step = migrations.find((m) => m.fromVersion === from);
    if (!step) {
      const detail = `no migration from version ${from} to ${from + 1}`;
      return { ok: false, issues: [pathIssue('migration-failed', ['version'], { from, detail })] };
    }
    try {
      document = { ...step.migrate(document), version: from + 1 };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, issues: [pathIssue('migration-failed', ['version'], { from, detail })] };
    }
  }
  return { ok: true, document, fromVersion: version };
}
