import { type DocumentFormat, type JourneyDocument, type Lang, parseJourneyDocument } from '@tropa/core';
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
