import type { Localized } from '../../../i18n.ts';
import { format } from '../../../i18n.ts';
import type { Lang } from '../../schema/common.ts';
import type { IssuePath, IssueSeverity, MessageParam, PathIssue } from '../issue.ts';
import type { MessageEntry } from './entry.ts';
import { SCHEMA_MESSAGES } from './schemaMessages.ts';
import { SEMANTIC_MESSAGES } from './semanticMessages.ts';
import { SYNTAX_MESSAGES } from './syntaxMessages.ts';

/** Every message Tropa gives about a journey document, by key. */
export const MESSAGE_CATALOG = { ...SYNTAX_MESSAGES, ...SCHEMA_MESSAGES, ...SEMANTIC_MESSAGES };
export type MessageKey = keyof typeof MESSAGE_CATALOG;

/** A path issue for a catalog message, with the code and severity the catalog gives it. */
export function pathIssue(
  messageKey: MessageKey,
  path: IssuePath,
  params: Record<string, MessageParam> = {},
  options: { at?: 'key' | 'value'; severity?: IssueSeverity } = {},
): PathIssue {
  const entry: MessageEntry = MESSAGE_CATALOG[messageKey];
  const issue: PathIssue = {
    path,
    code: entry.code,
    severity: options.severity ?? entry.severity ?? 'error',
    messageKey,
    params,
  };
  if (options.at) issue.at = options.at;
  return issue;
}

function isLocalized(value: MessageParam): value is Localized {
  return typeof value === 'object';
}

/** The message and fix of a path issue, in one language. */
export function describeIssue(issue: PathIssue, lang: Lang): { message: string; fix: string } {
  const entry: MessageEntry | undefined = (MESSAGE_CATALOG as Record<string, MessageEntry>)[issue.messageKey];
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(issue.params)) {
    params[name] = isLocalized(value) ? value[lang] : value;
  }
  if (!entry) return { message: `${issue.code}: ${JSON.stringify(params)}`, fix: '' };
  return { message: format(entry.message, lang, params), fix: format(entry.fix, lang, params) };
}
