import {
  checkJourneyData,
  type DocumentFormat,
  hasErrors,
  Journey,
  type JourneyDocument,
  type Lang,
  migrateDocument,
  parseJourneyDocument,
  RoleMap,
} from '@tropa/core';
import { z } from 'zod';
import { ApiError } from '../http/apiError.ts';

/** A journey document as a request carries it: text (YAML or JSON) or an already parsed JSON object. */
export const DocumentInput = z.union([
  z
    .string()
    .min(1)
    .max(4 * 1024 * 1024),
  z.record(z.string(), z.unknown()),
]);
export type DocumentInput = z.infer<typeof DocumentInput>;

export interface ReadDocument {
  source: string;
  format: DocumentFormat;
  document: JourneyDocument;
}

/**
 * Validates a document with core's parser (syntax, schema, cross-references), in the reader's language.
 * Refuses with 422 and every issue (line:column, path, message, fix) so an editor can mark them all.
 */
export function readDocument(
  input: DocumentInput,
  format: DocumentFormat | undefined,
  lang: Lang,
): ReadDocument {
  if (typeof input !== 'string') {
    const quick = validObject(input);
    if (quick) return quick;
  }
  const source = typeof input === 'string' ? input : `${JSON.stringify(input, null, 2)}\n`;
  const chosen = typeof input === 'string' ? format : 'json';
  const result = parseJourneyDocument(source, {
    file: 'document',
    lang,
    ...(chosen ? { format: chosen } : {}),
  });
  if (!result.ok) {
    const issues = result.issues.filter((i) => i.severity === 'error');
    const firstIssue = issues[0] ?? result.issues[0];
    throw new ApiError(
      422,
      'invalid-document',
      {
        en: 'The journey document has {count} error(s); the first: {first}',
        ru: 'В документе карты ошибок: {count}; первая: {first}',
      },
      { count: issues.length, first: firstIssue ? `${firstIssue.message} ${firstIssue.fix}`.trim() : '' },
      firstIssue?.path ? `body.document.${firstIssue.path}` : 'body.document',
      { issues: result.issues },
    );
  }
  return { source, format: result.format, document: result.document };
}

/**
 * The quick way for a document sent as a JSON object (as the web editor does): the same migration, schema and
 * cross-reference checks as the parser, without turning it into text and back. Only a document with errors
 * takes the slow way, which places every issue at its line and column.
 */
function validObject(input: Record<string, unknown>): ReadDocument | undefined {
  const migrated = migrateDocument(input);
  if (!migrated.ok) return undefined;
  const data = migrated.document;
  let document: JourneyDocument;
  if ('extends' in data) {
    const role = RoleMap.safeParse(data);
    if (!role.success) return undefined;
    document = { kind: 'role', role: role.data };
  } else {
    if (hasErrors(checkJourneyData(data))) return undefined;
    const journey = Journey.safeParse(data);
    if (!journey.success) return undefined;
    document = { kind: 'journey', journey: journey.data };
  }
  return { source: `${JSON.stringify(input, null, 2)}\n`, format: 'json', document };
}

/** The map's slug (its document id) and the title shown in lists. */
export function describeDocument(document: JourneyDocument): {
  slug: string;
  title: string;
  kind: 'journey' | 'role';
} {
  if (document.kind === 'journey') {
    return { slug: document.journey.id, title: document.journey.title, kind: 'journey' };
  }
  return { slug: document.role.id, title: document.role.title ?? document.role.id, kind: 'role' };
}
