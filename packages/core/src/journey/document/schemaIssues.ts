import type { z } from 'zod';
import type { Localized } from '../../i18n.ts';
import { closestMatch, suggestId } from './closest.ts';
import type { IssuePath, MessageParam, PathIssue } from './issue.ts';
import { fieldName, formatPath } from './issue.ts';
import type { MessageKey } from './messages/catalog.ts';
import { pathIssue } from './messages/catalog.ts';
import {
  FIELD_ADVICE,
  kindOfExpected,
  kindsPhrase,
  listValues,
  quoteValue,
  rangePhrases,
  receivedKind,
  VALUE_KIND,
  type ValueKind,
} from './messages/words.ts';
import { allowedValues, knownFields, numberBounds, schemaAt, valueAt } from './schemaAt.ts';

type ZodIssue = z.core.$ZodIssue;

const CUSTOM_KEYS = new Set<string>([
  'empty-match-rule',
  'kpi-needs-stages',
  'kpi-needs-pairs',
  'improvement-done-needs-date',
]);

function suggestionSentence(value: unknown, candidates: readonly string[], quote = "'"): Localized | string {
  if (typeof value !== 'string') return '';
  const best = closestMatch(value, candidates);
  if (best === undefined) return '';
  return {
    en: `Did you mean ${quote}${best}${quote}? `,
    ru: `Возможно, имелось в виду ${quote}${best}${quote}. `,
  };
}

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
  const issueAt = (key: MessageKey, params: Record<string, MessageParam> = {}, at?: 'key') =>
    pathIssue(key, path, { field, value: quoteValue(value), ...params }, at ? { at } : {});

  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return [missingField(path, root, data)];
      const expected = kindOfExpected(issue.expected);
      if (value === null) return [emptyValue(path, VALUE_KIND[expected])];
      if (expected === 'integer' && typeof value === 'number') return [issueAt('not-integer')];
      return [
        issueAt('invalid-type', {
          expected: VALUE_KIND[expected],
          received: VALUE_KIND[receivedKind(value)],
          example: example(expected),
        }),
      ];
    }
    case 'invalid_value': {
      if (value === undefined) return [missingField(path, root, data)];
      const allowed = issue.values.map(String);
      return [
        issueAt('unknown-value', {
          allowed: listValues(allowed),
          suggestion: suggestionSentence(value, allowed),
        }),
      ];
    }
    case 'too_big':
    case 'too_small':
      return [sizeIssue(issue, path, field, value, root, data)];
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
      return issue.keys.map((key) =>
        pathIssue(
          'unknown-field',
          [...path, key],
          {
            field: key,
            allowed: listValues(allowed, 30),
            suggestion: suggestionSentence(key, allowed, '`'),
          },
          { at: 'key' },
        ),
      );
    }
    case 'invalid_union':
      return unionIssues(issue, path, field, value, root, data);
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

function missingField(path: IssuePath, root: z.ZodType, data: unknown): PathIssue {
  const field = fieldName(path);
  const allowed = allowedValues(schemaAt(root, path, data));
  const advice = FIELD_ADVICE[field];
  let hint: MessageParam = '';
  if (allowed) hint = { en: `, one of: ${listValues(allowed)}`, ru: ` — одно из: ${listValues(allowed)}` };
  else if (advice) hint = { en: `. ${advice.en}`, ru: `. ${advice.ru}` };
  return pathIssue('missing-field', path, { field, hint });
}

/** A `null`: a field written with no value, or a list item with nothing after its dash. */
function emptyValue(path: IssuePath, expected: MessageParam): PathIssue {
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

function sizeIssue(
  issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall,
  path: IssuePath,
  field: string,
  value: unknown,
  root: z.ZodType,
  data: unknown,
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

function unionIssues(
  issue: z.core.$ZodIssue & { code: 'invalid_union' },
  path: IssuePath,
  field: string,
  value: unknown,
  root: z.ZodType,
  data: unknown,
): PathIssue[] {
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
        suggestion: suggestionSentence(value, options),
      }),
    ];
  }
  const branches = issue.errors;
  if (branches.length === 0) return [pathIssue('invalid-value', path, { field, detail: issue.message })];
  // A branch that failed on the very type of the value got nowhere; the others got further.
  const isTypeMiss = (branch: readonly ZodIssue[]) =>
    branch.length === 1 && branch[0]?.code === 'invalid_type' && branch[0].path.length === 0;
  const furthest = branches.filter((b) => !isTypeMiss(b)).sort((a, b) => a.length - b.length)[0];
  if (furthest) return schemaIssues(furthest, root, data, path);
  if (value === undefined) return [missingField(path, root, data)];
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
