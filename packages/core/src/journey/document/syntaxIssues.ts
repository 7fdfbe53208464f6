import type { Document, YAMLError } from 'yaml';
import type { PathIssue } from './issue.ts';
import { pathAtOffset } from './locate.ts';
import type { MessageKey } from './messages/catalog.ts';
import { pathIssue } from './messages/catalog.ts';

// Errors that leave the document's structure intact. After any other syntax error the parsed
// value is a guess from that point on: only what lies wholly before it is worth checking.
const RECOVERABLE = new Set(['DUPLICATE_KEY', 'MULTIPLE_DOCS']);

/**
 * The syntax errors of a parsed YAML/JSON text, and up to where its content can be trusted:
 * the offset of the first error after which the parsed structure is a guess (undefined: all of it).
 */
export function syntaxIssues(doc: Document, text: string): { issues: PathIssue[]; trustedUntil?: number } {
  const issues = doc.errors.map((error) => toIssue(doc, error, text));
  const fatal = doc.errors.filter((error) => !RECOVERABLE.has(error.code)).map((error) => error.pos[0]);
  return fatal.length === 0 ? { issues } : { issues, trustedUntil: Math.min(...fatal) };
}

function toIssue(doc: Document, error: YAMLError, text: string): PathIssue {
  const { key, params } = describe(error, text);
  // Only a duplicate key has a path worth naming: other errors leave the structure around them a guess.
  const path = error.code === 'DUPLICATE_KEY' ? pathAtOffset(doc, error.pos[0]) : [];
  const issue = pathIssue(key, path, params, { at: 'key' });
  const where = error.linePos?.[0];
  if (where) issue.position = { line: where.line, column: where.col };
  return issue;
}

/** yaml's own message, first line, without the "at line N, column M" it appends. */
function detailOf(error: YAMLError): string {
  const first = error.message.split('\n')[0] ?? '';
  return first.replace(/ at line \d+, column \d+:?$/, '').replace(/[.:]$/, '');
}

function describe(error: YAMLError, text: string): { key: MessageKey; params: Record<string, string> } {
  const detail = detailOf(error);
  switch (error.code) {
    case 'BAD_INDENT':
      return /indented and end with a ([\]}])/.test(detail)
        ? { key: 'unclosed-bracket', params: { char: detail.match(/end with a ([\]}])/)?.[1] ?? ']' } }
        : { key: 'bad-indent', params: {} };
    case 'TAB_AS_INDENT':
      return { key: 'tab-indent', params: {} };
    case 'DUPLICATE_KEY': {
      const rest = text.slice(error.pos[0]);
      const key = rest.match(/^"((?:[^"\\]|\\.)*)"|^'([^']*)'|^([^:\n]+?)\s*:/);
      return { key: 'duplicate-key', params: { key: key?.[1] ?? key?.[2] ?? key?.[3] ?? '?' } };
    }
    case 'MULTIPLE_DOCS':
      return { key: 'multiple-documents', params: {} };
    case 'MISSING_CHAR': {
      if (/quote/i.test(detail)) return { key: 'unclosed-quote', params: {} };
      const bracket = detail.match(/end with an? ([\]}])/);
      if (bracket?.[1]) return { key: 'unclosed-bracket', params: { char: bracket[1] } };
      if (/without - indicator/.test(detail)) return { key: 'missing-dash', params: {} };
      return { key: 'bad-syntax', params: { detail } };
    }
    default:
      return { key: 'bad-syntax', params: { detail } };
  }
}
