import type { z } from 'zod';
import type { MessageParam, PathIssue } from './issue.ts';
import type { IssueContext } from './issueContext.ts';
import { pathIssue } from './messages/catalog.ts';
import { FIELD_ADVICE, quoteValue, rangePhrases } from './messages/words.ts';
import { numberBounds, schemaAt } from './schemaAt.ts';

/** A value too small or too big: text too short or long, too few or many items, a number out of range. */
export function rangeIssue(
  issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall,
  { path, field, value, root, data }: IssueContext,
): PathIssue {
  const quoted = quoteValue(value);
  if (issue.origin === 'string') {
    const length = typeof value === 'string' ? value.length : 0;
    if (issue.code === 'too_small') return pathIssue('empty-text', path, { field, value: quoted });
    const max = Number(issue.maximum);
    // Short fields (names, titles) have a roomy neighbour; say where the rest of the text can go.
    const hint: MessageParam =
      max <= 300
        ? { en: '; longer text belongs in a `description`', ru: '; подробности уместнее в `description`' }
        : '';
    return pathIssue('text-too-long', path, { field, length, max, hint });
  }
  if (issue.origin === 'array') {
    const count = Array.isArray(value) ? value.length : 0;
    if (issue.code === 'too_small') {
      const advice = FIELD_ADVICE[field];
      const more: MessageParam = advice ? { en: ` ${advice.en}`, ru: ` ${advice.ru}` } : '';
      return pathIssue('too-few-items', path, { field, count, min: Number(issue.minimum), advice: more });
    }
    return pathIssue('too-many-items', path, { field, count, max: Number(issue.maximum) });
  }
  const bounds = numberBounds(schemaAt(root, path, data)) ?? { integer: false };
  if (issue.code === 'too_big' && bounds.max === undefined) bounds.max = Number(issue.maximum);
  if (issue.code === 'too_small' && bounds.min === undefined) bounds.min = Number(issue.minimum);
  const range = rangePhrases(bounds);
  const advice = FIELD_ADVICE[field];
  return pathIssue(advice ? 'out-of-range-advised' : 'out-of-range', path, {
    field,
    value: quoted,
    range: range.be,
    rangeUse: range.use,
    ...(advice ? { advice } : {}),
  });
}
