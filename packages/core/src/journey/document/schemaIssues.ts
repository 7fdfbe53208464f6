import type { z } from 'zod';
import { suggestId } from './closest.ts';
import type { IssuePath, MessageParam, PathIssue } from './issue.ts';
import { fieldName, formatPath } from './issue.ts';
import type { IssueContext } from './issueContext.ts';
import type { MessageKey } from './messages/catalog.ts';
import { pathIssue } from './messages/catalog.ts';
import { didYouMean, listValues, quoteValue } from './messages/words.ts';
import { rangeIssue } from './rangeIssues.ts';
import { knownFields, schemaAt, valueAt } from './schemaAt.ts';
import { missingField, typeIssue, unionIssues } from './typeIssues.ts';

type ZodIssue = z.core.$ZodIssue;

const CUSTOM_KEYS = new Set<string>([
  'empty-match-rule',
  'kpi-needs-stages',
  'kpi-needs-pairs',
  'improvement-done-needs-date',
]);

/** Turns zod's issues for a document into plain-language path issues (one zod issue may give several). */
export function schemaIssues(
  issues: readonly ZodIssue[],
  root: z.ZodType,
  data: unknown,
  prefix: IssuePath = [],
): PathIssue[] {
  const out: PathIssue[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    for (const translated of translate(issue, root, data, prefix)) {
      const key = `${formatPath(translated.path)}|${translated.messageKey}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(translated);
    }
  }
  return out;
}

function translate(issue: ZodIssue, root: z.ZodType, data: unknown, prefix: IssuePath): PathIssue[] {
  const path: IssuePath = [...prefix, ...issue.path.map((s) => (typeof s === 'number' ? s : String(s)))];
  const value = valueAt(data, path);
  const field = fieldName(path);
  const ctx: IssueContext = { path, field, value, root, data };
  const issueAt = (key: MessageKey, params: Record<string, MessageParam> = {}, at?: 'key') =>
    pathIssue(key, path, { field, value: quoteValue(value), ...params }, at ? { at } : {});

  switch (issue.code) {
    case 'invalid_type':
      return [typeIssue(issue, ctx)];
    case 'invalid_value': {
      if (value === undefined) return [missingField(ctx)];
      const allowed = issue.values.map(String);
      return [
        issueAt('unknown-value', {
          allowed: listValues(allowed),
          suggestion: didYouMean(value, allowed),
        }),
      ];
    }
    case 'too_big':
    case 'too_small':
      return [rangeIssue(issue, ctx)];
    case 'invalid_format': {
      if (issue.format === 'regex' && issue.message === 'id') {
        return [issueAt('invalid-id', { suggested: suggestId(String(value ?? '')) })];
      }
      if (issue.format === 'regex' && issue.message === 'age-group') return [issueAt('invalid-age-group')];
      if (issue.format === 'date') return [issueAt('invalid-date')];
      const pattern = 'pattern' in issue && typeof issue.pattern === 'string' ? issue.pattern : issue.format;
      return [issueAt('invalid-format', { format: pattern })];
    }
    case 'unrecognized_keys': {
      const allowed = knownFields(schemaAt(root, path, data));
      // A misspelt `extends` makes a role map read as a journey: suggest it at the root too.
      const candidates = path.length === 0 ? [...allowed, 'extends'] : allowed;
      return issue.keys.map((key) =>
        pathIssue(
          'unknown-field',
          [...path, key],
          {
            field: key,
            allowed: listValues(allowed, 30),
            suggestion: didYouMean(key, candidates, '`'),
          },
          { at: 'key' },
        ),
      );
    }
    case 'invalid_union':
      return unionIssues(issue, ctx, (inner, at) => schemaIssues(inner, root, data, at));
    case 'invalid_key':
      return [
        pathIssue('invalid-key', path, { field, value: quoteValue(path[path.length - 1]) }, { at: 'key' }),
      ];
    case 'custom': {
      if (CUSTOM_KEYS.has(issue.message)) {
        const parent = valueAt(data, path.slice(0, -1));
        const type =
          parent && typeof parent === 'object' && 'type' in parent ? String(parent.type) : 'conversion';
        return [issueAt(issue.message as MessageKey, { type })];
      }
      return [issueAt('invalid-value', { detail: issue.message })];
    }
    default:
      return [issueAt('invalid-value', { detail: issue.message })];
  }
}
