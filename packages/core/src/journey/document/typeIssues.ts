import type { z } from 'zod';
import type { IssuePath, MessageParam, PathIssue } from './issue.ts';
import { fieldName } from './issue.ts';
import type { IssueContext } from './issueContext.ts';
import { pathIssue } from './messages/catalog.ts';
import {
  didYouMean,
  FIELD_ADVICE,
  kindOfExpected,
  kindsPhrase,
  listValues,
  quoteValue,
  receivedKind,
  VALUE_KIND,
  type ValueKind,
} from './messages/words.ts';
import { allowedValues, schemaAt } from './schemaAt.ts';

/** A value of the wrong type: missing, empty, a fraction where a whole number goes, or another type. */
export function typeIssue(issue: z.core.$ZodIssueInvalidType, ctx: IssueContext): PathIssue {
  const { path, field, value } = ctx;
  if (value === undefined) return missingField(ctx);
  const expected = kindOfExpected(issue.expected);
  if (value === null) return emptyValue(path, VALUE_KIND[expected]);
  if (expected === 'integer' && typeof value === 'number') {
    return pathIssue('not-integer', path, { field, value: quoteValue(value) });
  }
  return pathIssue('invalid-type', path, {
    field,
    expected: VALUE_KIND[expected],
    received: VALUE_KIND[receivedKind(value)],
    example: example(expected),
  });
}

/** A required field that is not there, with its allowed values or advice when known. */
export function missingField({ path, field, root, data }: IssueContext): PathIssue {
  const allowed = allowedValues(schemaAt(root, path, data));
  const advice = FIELD_ADVICE[field];
  let hint: MessageParam = '';
  if (allowed) hint = { en: `, one of: ${listValues(allowed)}`, ru: ` — одно из: ${listValues(allowed)}` };
  else if (advice) hint = { en: `. ${advice.en}`, ru: `. ${advice.ru}` };
  return pathIssue('missing-field', path, { field, hint });
}

/** A `null`: a field written with no value, or a list item with nothing after its dash. */
export function emptyValue(path: IssuePath, expected: MessageParam): PathIssue {
  const isItem = typeof path[path.length - 1] === 'number';
  return pathIssue(isItem ? 'empty-item' : 'empty-value', path, { field: fieldName(path), expected });
}

function example(expected: ValueKind): MessageParam {
  if (expected === 'list') {
    return {
      en: ': one item per line, each starting with `- `, or `[a, b]` on one line',
      ru: ': по элементу на строке, каждый начиная с `- `, или `[a, b]` в одну строку',
    };
  }
  if (expected === 'mapping') {
    return { en: ', its fields indented on the lines below', ru: ', с полями на строках ниже, с отступом' };
  }
  return '';
}

/**
 * A value no option of a union accepts. A discriminated union (lanes) names the unknown tag; for
 * others the branch that got furthest is reported through `recurse`, or, when every branch
 * failed on the value's type, the types it may have.
 */
export function unionIssues(
  issue: z.core.$ZodIssue & { code: 'invalid_union' },
  ctx: IssueContext,
  recurse: (issues: readonly z.core.$ZodIssue[], prefix: IssuePath) => PathIssue[],
): PathIssue[] {
  const { path, field, value } = ctx;
  if ('discriminator' in issue && issue.discriminator) {
    // A discriminated union (our lanes) whose tag matches no option: the path already ends at the tag.
    const options = 'options' in issue && Array.isArray(issue.options) ? issue.options.map(String) : [];
    if (value === undefined) {
      const hint = { en: `, one of: ${listValues(options)}`, ru: ` — одно из: ${listValues(options)}` };
      return [pathIssue('missing-field', path, { field, hint })];
    }
    const isLaneType = path.includes('lanes') && issue.discriminator === 'type';
    return [
      pathIssue(isLaneType ? 'unknown-lane-type' : 'unknown-value', path, {
        field,
        value: quoteValue(value),
        allowed: listValues(options),
        suggestion: didYouMean(value, options),
      }),
    ];
  }
  const branches = issue.errors;
  if (branches.length === 0) return [pathIssue('invalid-value', path, { field, detail: issue.message })];
  // A branch that failed on the very type of the value got nowhere; the others got further.
  const isTypeMiss = (branch: readonly z.core.$ZodIssue[]) =>
    branch.length === 1 && branch[0]?.code === 'invalid_type' && branch[0].path.length === 0;
  const furthest = branches.filter((b) => !isTypeMiss(b)).sort((a, b) => a.length - b.length)[0];
  if (furthest) return recurse(furthest, path);
  if (value === undefined) return [missingField(ctx)];
  const expected = branches.map((b) => {
    const first = b[0];
    return kindOfExpected(first?.code === 'invalid_type' ? first.expected : 'string');
  });
  const phrase = kindsPhrase(expected);
  if (value === null) return [emptyValue(path, phrase)];
  return [
    pathIssue('invalid-type', path, {
      field,
      expected: phrase,
      received: VALUE_KIND[receivedKind(value)],
      example: '',
    }),
  ];
}
