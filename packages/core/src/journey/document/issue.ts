import type { Localized } from '../../i18n.ts';
import { format } from '../../i18n.ts';
import type { Lang } from '../schema/common.ts';

export type IssueSeverity = 'error' | 'warning';

/** A path into a document: object keys and array indexes, as in `['stages', 2, 'name']`. */
export type IssuePath = readonly (string | number)[];

/** One problem found in a journey document, ready to show to a person. */
export interface DocumentIssue {
  file: string;
  /** 1-based; absent only when the problem has no place in the text. */
  line?: number;
  /** 1-based. */
  column?: number;
  /** `stages[2].cards[0].emotion` style; `''` for the document root. */
  path: string;
  /** Stable, machine-readable: 'yaml-syntax', 'invalid-type', 'unknown-field', 'duplicate-id', ... */
  code: string;
  severity: IssueSeverity;
  /** Plain language, in the requested language. */
  message: string;
  /** How to fix it, in the requested language. */
  fix: string;
}

/** A value a message template is filled with; a `Localized` value is picked in the message's language. */
export type MessageParam = string | number | Localized;

/**
 * A problem located by its path only, before it is put into words and placed in the text.
 * Semantic checks return these, so they work on any journey, from a file or not.
 */
export interface PathIssue {
  path: IssuePath;
  code: string;
  severity: IssueSeverity;
  /** Key of the message in the catalog (several keys may share one code). */
  messageKey: string;
  params: Record<string, MessageParam>;
  /** Point at the key of the field rather than its value (unknown fields, duplicate keys). */
  at?: 'key' | 'value';
  /** Set when the text itself gives the place (syntax errors, which have no path). */
  position?: { line: number; column: number };
}

/** Issues found by `checkJourney`: path-based, with no position in any text. */
export type SemanticIssue = PathIssue;

/** Writes a path the way people read it: `stages[2].cards[0].emotion`. */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** How a field is named in a message: its key, or `list[3]` for an item of a list. */
export function fieldName(path: IssuePath): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'document';
  if (typeof last === 'string') return last;
  const parent = path.slice(0, -1).findLast((s) => typeof s === 'string');
  return `${parent ?? ''}[${last}]`;
}

const SEVERITY_WORD: Record<IssueSeverity, Localized> = {
  error: { en: 'error', ru: 'ошибка' },
  warning: { en: 'warning', ru: 'предупреждение' },
};
const FIX_WORD: Localized = { en: 'fix', ru: 'как исправить' };

/**
 * One issue as two lines of text for a terminal.
 * @example
 * formatIssue(issue, 'en');
 * // examples/x.yaml:12:17  error  stages[2].cards[0].emotion: `emotion` is 5, but it must be ...
 * //     fix: Use -2 (very negative) … 2 (very positive).
 */
export function formatIssue(issue: DocumentIssue, lang: Lang): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:${issue.column ?? 1}`;
  const subject = issue.path === '' ? '' : `${issue.path}: `;
  const head = `${where}  ${format(SEVERITY_WORD[issue.severity], lang)}  ${subject}${issue.message}`;
  return issue.fix === '' ? head : `${head}\n    ${format(FIX_WORD, lang)}: ${issue.fix}`;
}

/** Orders issues by file, line and column; issues with no place come first in their file. */
export function sortIssues(issues: readonly DocumentIssue[]): DocumentIssue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.path.localeCompare(b.path),
  );
}

/** True when any issue is an error (warnings alone leave a document valid). */
export function hasErrors(issues: readonly { severity: IssueSeverity }[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
