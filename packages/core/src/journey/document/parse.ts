import type { Document } from 'yaml';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Lang } from '../schema/common.ts';
import type { JourneyDocument } from '../schema/journey.ts';
import { Journey, RoleMap } from '../schema/journey.ts';
import { describeIssues } from './describe.ts';
import type { DocumentIssue, PathIssue } from './issue.ts';
import { hasErrors } from './issue.ts';
import type { Locate } from './locate.ts';
import { createLocator, extentEnd } from './locate.ts';
import { pathIssue } from './messages/catalog.ts';
import { receivedKind, VALUE_KIND } from './messages/words.ts';
import type { MigrationOptions } from './migrations.ts';
import { migrateDocument } from './migrations.ts';
import { schemaIssues } from './schemaIssues.ts';
import { checkJourneyData } from './semantic/checkJourney.ts';
import { syntaxIssues } from './syntaxIssues.ts';

export type DocumentFormat = 'yaml' | 'json';

/** How to read one document. */
export interface ParseOptions {
  /** Named in every issue; its extension (`.json`) also tells the format. */
  file: string;
  /** Language of messages (default English). */
  lang?: Lang;
  /** Overrides the format guessed from the extension and the first character. */
  format?: DocumentFormat;
  /**
   * For tests of the migration mechanism: a format history other than the product's (its
   * migrations, its current version, and the journey schema of that version).
   */
  formatHistory?: MigrationOptions & { journeySchema?: z.ZodType<Journey> };
}

/** A valid document with its warnings, or every issue found. */
export type ParseResult =
  | {
      ok: true;
      document: JourneyDocument;
      /** Warnings only: the document is valid. */
      warnings: DocumentIssue[];
      format: DocumentFormat;
      /** The format version the file was written in (older ones were migrated). */
      fromVersion: number;
      /** Finds where a path of this document is in its text, e.g. to place `checkJourney` issues. */
      locate: Locate;
    }
  | {
      ok: false;
      /** Every error and warning found, sorted by line. */
      issues: DocumentIssue[];
      format: DocumentFormat;
    };

/** JSON by extension, else by a leading `{`; YAML otherwise. */
export function detectFormat(text: string, file: string): DocumentFormat {
  if (/\.json$/i.test(file)) return 'json';
  if (/\.ya?ml$/i.test(file)) return 'yaml';
  return text.trimStart().startsWith('{') ? 'json' : 'yaml';
}

/**
 * Reads a journey map or a role map (one with `extends`) from YAML or JSON text, migrates it to
 * the current format version and validates it: syntax, schema and cross-references. All problems
 * are reported at once, each with line:column, path, message and fix in the requested language.
 * @example
 * const result = parseJourneyDocument(text, { file: 'maps/partner.yaml', lang: 'ru' });
 * if (!result.ok) for (const issue of result.issues) console.error(formatIssue(issue, 'ru'));
 */
export function parseJourneyDocument(text: string, options: ParseOptions): ParseResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const format = options.format ?? detectFormat(source, options.file);
  const lineCounter = new LineCounter();
  const yamlDoc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: true, merge: true });
  const locate = createLocator(yamlDoc, lineCounter);
  const fail = (issues: PathIssue[]): ParseResult => ({
    ok: false,
    issues: describeIssues(issues, { file: options.file, lang: options.lang ?? 'en', locate }),
    format,
  });

  const syntax = syntaxIssues(yamlDoc, source);
  const found: PathIssue[] = syntax.issues.map((i) =>
    format === 'json' && i.code === 'yaml-syntax' ? { ...i, code: 'json-syntax' } : i,
  );
  // After a syntax error that breaks the structure, only text wholly before it is checked further;
  // checks that look across the document (references, duplicates) would mislead, so they are skipped.
  const { trustedUntil } = syntax;
  const damaged = trustedUntil !== undefined;
  const trusted = (issue: PathIssue) =>
    !damaged || (extentEnd(yamlDoc, issue.path) ?? trustedUntil) < trustedUntil;

  const plain = toPlainData(yamlDoc);
  if ('error' in plain) return fail([...found, pathIssue('bad-syntax', [], { detail: plain.error })]);
  const raw = plain.value;
  if (raw === undefined || raw === null) {
    return fail(damaged ? found : [...found, pathIssue('empty-document', [])]);
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    const notAMap = pathIssue('not-a-map', [], { received: VALUE_KIND[receivedKind(raw)] });
    return fail(damaged ? found : [...found, notAMap]);
  }

  const migrated = migrateDocument(raw as Record<string, unknown>, options.formatHistory);
  if (!migrated.ok) return fail([...found, ...migrated.issues.filter(trusted)]);

  const journeySchema = options.formatHistory?.journeySchema ?? Journey;
  const validated = validate(migrated.document, journeySchema, !damaged);
  found.push(...validated.issues.filter(trusted));
  if (!validated.document || hasErrors(found)) return fail(found);
  const warnings = describeIssues(found, { file: options.file, lang: options.lang ?? 'en', locate });
  return {
    ok: true,
    document: validated.document,
    warnings,
    format,
    fromVersion: migrated.fromVersion,
    locate,
  };
}

/** Schema and semantic checks of migrated data; the document is set when the schema accepts it. */
function validate(
  data: Record<string, unknown>,
  journeySchema: z.ZodType<Journey>,
  crossChecks: boolean,
): { document?: JourneyDocument; issues: PathIssue[] } {
  if ('extends' in data) {
    // Cross-reference checks of a role map need its base map: the role-map resolver runs them.
    const parsed = RoleMap.safeParse(data);
    if (parsed.success) return { document: { kind: 'role', role: parsed.data }, issues: [] };
    return { issues: schemaIssues(parsed.error.issues, RoleMap, data) };
  }
  const semantic = crossChecks ? checkJourneyData(data) : [];
  const parsed = journeySchema.safeParse(data);
  if (parsed.success) return { document: { kind: 'journey', journey: parsed.data }, issues: semantic };
  return { issues: [...schemaIssues(parsed.error.issues, journeySchema, data), ...semantic] };
}

function toPlainData(doc: Document): { value: unknown } | { error: string } {
  try {
    return { value: doc.toJS({ maxAliasCount: 1000 }) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
