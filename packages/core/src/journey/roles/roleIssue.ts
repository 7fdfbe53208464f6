import { format, type Localized } from '../../i18n.ts';
import type { IssuePath, IssueSeverity, MessageParam, PathIssue } from '../document/issue.ts';
import { describeIssue } from '../document/messages/catalog.ts';
import type { MessageEntry } from '../document/messages/entry.ts';
import type { Lang } from '../schema/index.ts';
import { ROLE_MESSAGES, type RoleMessageKey } from './roleMessages.ts';

/** A problem found while deriving a role map, worded in one language and placed in one document. */
export interface RoleIssue {
  /** Id of the document `path` points into: the role map itself, or a map it (maybe indirectly) extends. */
  document: string;
  path: IssuePath;
  at?: 'key' | 'value';
  code: string;
  severity: IssueSeverity;
  message: string;
  fix: string;
}

/** An issue before it is worded: a path issue of the document catalog or of the role catalog. */
export interface PendingIssue {
  document: string;
  issue: PathIssue;
  /** Set when the problem lies in another document's text but only arises in this role map. */
  via?: string;
}

const IN_ROLE: Localized = {
  en: 'In the role map {role}: {message}',
  ru: 'В ролевой карте {role}: {message}',
};

/** A pending issue for a message of the role catalog. */
export function roleIssue(
  key: RoleMessageKey,
  document: string,
  path: IssuePath,
  params: Record<string, MessageParam> = {},
  at?: 'key' | 'value',
): PendingIssue {
  const entry: MessageEntry = ROLE_MESSAGES[key];
  const issue: PathIssue = {
    path,
    code: entry.code,
    severity: entry.severity ?? 'error',
    messageKey: key,
    params,
  };
  if (at) issue.at = at;
  return { document, issue };
}

function describe(issue: PathIssue, lang: Lang): { message: string; fix: string } {
  const entry: MessageEntry | undefined = (ROLE_MESSAGES as Record<string, MessageEntry>)[issue.messageKey];
  if (!entry) return describeIssue(issue, lang);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(issue.params)) {
    params[name] = typeof value === 'object' ? value[lang] : value;
  }
  return { message: format(entry.message, lang, params), fix: format(entry.fix, lang, params) };
}

/** Words pending issues in one language. */
export function wordIssues(pending: readonly PendingIssue[], lang: Lang): RoleIssue[] {
  return pending.map(({ document, issue, via }) => {
    const { message, fix } = describe(issue, lang);
    const out: RoleIssue = {
      document,
      path: issue.path,
      code: issue.code,
      severity: issue.severity,
      message: via === undefined ? message : format(IN_ROLE, lang, { message, role: via }),
      fix,
    };
    if (issue.at) out.at = issue.at;
    return out;
  });
}

/** `a, b, c` — or the first few and a count, so a fix line stays readable. */
export function listIds(ids: readonly string[], max = 12): string {
  if (ids.length === 0) return '—';
  const shown = ids.slice(0, max).join(', ');
  return ids.length > max ? `${shown} (+${ids.length - max})` : shown;
}
